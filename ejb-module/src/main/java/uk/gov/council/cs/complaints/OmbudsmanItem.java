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
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Something the Ombudsman asked of the council with a due date: information, or a recommendation to comply with. */
@Entity
@Table(name = "ombudsman_item")
public class OmbudsmanItem extends uk.gov.council.cs.persistence.ChangeStamped {

    public enum Kind { INFORMATION_REQUEST, RECOMMENDATION }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ombudsman_item_seq")
    @SequenceGenerator(name = "ombudsman_item_seq", sequenceName = "ombudsman_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 2000)
    private String evidence;

    @Version
    private long version;

    protected OmbudsmanItem() {
    }

    OmbudsmanItem(long caseId, Kind kind, String description, LocalDate dueOn) {
        this.caseId = caseId;
        this.kind = kind;
        this.description = description.strip();
        this.dueOn = dueOn;
    }

    void done(LocalDate on, String evidence) {
        this.doneOn = on;
        this.evidence = evidence.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getEvidence() {
        return evidence;
    }
}
