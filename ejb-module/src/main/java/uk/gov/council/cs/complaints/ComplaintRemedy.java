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

/** What the council offered at a stage to put things right. */
@Entity
@Table(name = "complaint_remedy")
public class ComplaintRemedy extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_remedy_seq")
    @SequenceGenerator(name = "complaint_remedy_seq", sequenceName = "complaint_remedy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false)
    private int stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RemedyType type;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    protected ComplaintRemedy() {
    }

    ComplaintRemedy(long complaintId, int stage, Remedy remedy) {
        this.complaintId = complaintId;
        this.stage = stage;
        this.type = remedy.type();
        this.description = remedy.description().strip();
        this.amount = remedy.amount();
    }

    public Remedy remedy() {
        return new Remedy(type, description, amount);
    }

    public int getStage() {
        return stage;
    }
}
