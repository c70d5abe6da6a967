package uk.gov.council.cs.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The council's own wording of a letter, replacing the shipped wording once an administrator edits it. */
@Entity
@Table(name = "letter_template")
public class StoredLetterTemplate {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private LetterKind kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredLetterTemplate() {
    }

    StoredLetterTemplate(LetterKind kind) {
        this.kind = kind;
    }

    void edit(String subject, String body, String by, Instant at) {
        this.subject = subject;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    LetterTemplate template() {
        return new LetterTemplate(kind, subject, body);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
