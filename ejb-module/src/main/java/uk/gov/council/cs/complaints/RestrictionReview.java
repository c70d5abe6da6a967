package uk.gov.council.cs.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One review of a restriction on contact: kept in place until a next review, or lifted. */
@Entity
@Table(name = "restriction_review")
public class RestrictionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "restriction_review_seq")
    @SequenceGenerator(name = "restriction_review_seq", sequenceName = "restriction_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "restriction_id", nullable = false)
    private long restrictionId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", nullable = false, length = 100)
    private String reviewedBy;

    @Column(nullable = false)
    private boolean lifted;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    protected RestrictionReview() {
    }

    RestrictionReview(long restrictionId, LocalDate reviewedOn, String reviewedBy, boolean lifted, String note, LocalDate nextReviewOn) {
        this.restrictionId = restrictionId;
        this.reviewedOn = reviewedOn;
        this.reviewedBy = reviewedBy;
        this.lifted = lifted;
        this.note = note.strip();
        this.nextReviewOn = nextReviewOn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public boolean isLifted() {
        return lifted;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }
}
