package uk.gov.council.cs.residents.identity;

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
import java.time.Instant;

/**
 * A pair of records the matcher thought might be one person but was not sure enough to link: a
 * newly registered resident and one already on file, with the score and its explanation as they
 * were when the pair was raised.
 */
@Entity
@Table(name = "identity_review")
public class IdentityReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_review_seq")
    @SequenceGenerator(name = "identity_review_seq", sequenceName = "identity_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(nullable = false)
    private double probability;

    @Column(nullable = false, length = 4000)
    private String explanation;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected IdentityReview() {
    }

    public IdentityReview(long residentId, long candidateId, double probability, String explanation, String raisedBy,
                          Instant raisedAt) {
        this.residentId = residentId;
        this.candidateId = candidateId;
        this.probability = probability;
        this.explanation = explanation.length() > 4000 ? explanation.substring(0, 4000) : explanation;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.status = ReviewStatus.OPEN;
    }

    void decide(ReviewStatus outcome, String by, Instant at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** A merge of this pair was undone: the question is open again. */
    void reopen() {
        this.status = ReviewStatus.OPEN;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public double getProbability() {
        return probability;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
