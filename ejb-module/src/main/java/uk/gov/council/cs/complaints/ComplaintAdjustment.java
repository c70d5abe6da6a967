package uk.gov.council.cs.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A reasonable adjustment agreed with a complainant (Complaint Handling Code 5.6), reviewed on a date. */
@Entity
@Table(name = "complaint_adjustment")
public class ComplaintAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_adjustment_seq")
    @SequenceGenerator(name = "complaint_adjustment_seq", sequenceName = "complaint_adjustment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false, length = 2000)
    private String adjustment;

    @Column(name = "agreed_by", nullable = false, length = 100)
    private String agreedBy;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "review_note", length = 2000)
    private String reviewNote;

    @Version
    private long version;

    protected ComplaintAdjustment() {
    }

    ComplaintAdjustment(long complaintId, String adjustment, String agreedBy, LocalDate agreedOn, LocalDate reviewOn) {
        this.complaintId = complaintId;
        this.adjustment = adjustment.strip();
        this.agreedBy = agreedBy;
        this.agreedOn = agreedOn;
        this.reviewOn = reviewOn;
    }

    /** A review keeps the adjustment to a new date, or ends it (no next date). */
    void reviewed(LocalDate on, String note, LocalDate nextReviewOn) {
        this.reviewedOn = on;
        this.reviewNote = note.strip();
        if (nextReviewOn != null) {
            this.reviewOn = nextReviewOn;
        }
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getAdjustment() {
        return adjustment;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
