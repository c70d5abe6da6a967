package uk.gov.council.cs.residents.identity;

import java.time.Instant;

/** One merge and, if undone, its unmerge: a line of a record's merge history. */
public record MergeSummary(long id, long keptId, long mergedId, Long reviewId, String reason, String mergedBy,
                           Instant mergedAt, String unmergeReason, String unmergedBy, Instant unmergedAt) {

    public static MergeSummary of(ResidentMerge m) {
        return new MergeSummary(m.getId(), m.getKeptId(), m.getMergedId(), m.getReviewId(), m.getReason(),
                m.getMergedBy(), m.getMergedAt(), m.getUnmergeReason(), m.getUnmergedBy(), m.getUnmergedAt());
    }

    public boolean active() {
        return unmergedAt == null;
    }
}
