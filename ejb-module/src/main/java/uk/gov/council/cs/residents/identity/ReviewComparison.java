package uk.gov.council.cs.residents.identity;

import java.util.List;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.matching.MatchResult;

/**
 * What a reviewer sees: both records in full, side by side, with the match as it stands now (the
 * records may have changed since the pair was raised) and the explanation given when it was.
 */
public record ReviewComparison(ReviewSummary review, ResidentProfile resident, ResidentProfile candidate,
                               MatchResult now, String explanationWhenRaised, List<SideBySide.Row> rows) {
}
