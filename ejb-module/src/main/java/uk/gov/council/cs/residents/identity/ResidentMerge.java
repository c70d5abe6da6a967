package uk.gov.council.cs.residents.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One merge of two resident records and, once undone, its unmerge: the history staff can read. */
@Entity
@Table(name = "resident_merge")
public class ResidentMerge extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_merge_seq")
    @SequenceGenerator(name = "resident_merge_seq", sequenceName = "resident_merge_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kept_id", nullable = false)
    private long keptId;

    @Column(name = "merged_id", nullable = false)
    private long mergedId;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "merged_by", nullable = false, length = 100)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "unmerge_reason", length = 500)
    private String unmergeReason;

    @Column(name = "unmerged_by", length = 100)
    private String unmergedBy;

    @Column(name = "unmerged_at")
    private Instant unmergedAt;

    @Version
    private long version;

    protected ResidentMerge() {
    }

    ResidentMerge(long keptId, long mergedId, Long reviewId, String reason, String mergedBy, Instant mergedAt) {
        this.keptId = keptId;
        this.mergedId = mergedId;
        this.reviewId = reviewId;
        this.reason = reason.strip();
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    void undo(String reason, String by, Instant at) {
        this.unmergeReason = reason.strip();
        this.unmergedBy = by;
        this.unmergedAt = at;
    }

    public boolean isUndone() {
        return unmergedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getKeptId() {
        return keptId;
    }

    public long getMergedId() {
        return mergedId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getReason() {
        return reason;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getUnmergeReason() {
        return unmergeReason;
    }

    public String getUnmergedBy() {
        return unmergedBy;
    }

    public Instant getUnmergedAt() {
        return unmergedAt;
    }
}
