package uk.gov.council.cs.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A letter or e-mail sent to the complainant, kept on the complaint as it was sent. */
@Entity
@Table(name = "complaint_letter")
public class ComplaintLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_letter_seq")
    @SequenceGenerator(name = "complaint_letter_seq", sequenceName = "complaint_letter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LetterKind kind;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 12000)
    private String body;

    @Column(name = "produced_at", nullable = false)
    private Instant producedAt;

    @Column(name = "produced_by", nullable = false, length = 100)
    private String producedBy;

    protected ComplaintLetter() {
    }

    ComplaintLetter(long complaintId, LetterTemplate.Letter letter, Instant producedAt, String producedBy) {
        this.complaintId = complaintId;
        this.kind = letter.kind();
        this.subject = letter.subject().length() > 300 ? letter.subject().substring(0, 300) : letter.subject();
        this.body = letter.body().length() > 12000 ? letter.body().substring(0, 12000) : letter.body();
        this.producedAt = producedAt;
        this.producedBy = producedBy;
    }

    public Long getId() {
        return id;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getProducedAt() {
        return producedAt;
    }

    public String getProducedBy() {
        return producedBy;
    }
}
