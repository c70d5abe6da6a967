package uk.gov.council.cs.residents.matching;

import java.util.List;

/**
 * The outcome of comparing two records, with everything a reviewer needs to see why: each field's
 * level and weight, the total, any conflict that rules out a match whatever the score, and any
 * caution that leaves the decision to a person however high the score.
 */
public record MatchResult(MatchDecision decision, double probability, double totalWeight,
                          List<FieldComparison> fields, List<String> conflicts, List<String> cautions) {

    /**
     * The order candidates are offered in: a pair the matcher would link before any it leaves to a
     * person (a caution can hold back a high score), then the strongest evidence first.
     */
    public static final java.util.Comparator<MatchResult> LIKELIEST_FIRST = java.util.Comparator
            .comparing((MatchResult r) -> r.decision() != MatchDecision.LINK)
            .thenComparing(java.util.Comparator.comparingDouble(MatchResult::totalWeight).reversed());

    /** One field's contribution to the score. */
    public record FieldComparison(String field, Level level, double weight) {
        public String explanation() {
            return String.format("%s: %s (%+.1f)", field, level.meaning(), weight);
        }
    }

    public String explanation() {
        StringBuilder b = new StringBuilder(String.format("%s, match probability %.4f (weight %+.1f)",
                decision, probability, totalWeight));
        for (FieldComparison f : fields) {
            b.append("; ").append(f.explanation());
        }
        for (String conflict : conflicts) {
            b.append("; conflict: ").append(conflict);
        }
        for (String caution : cautions) {
            b.append("; caution: ").append(caution);
        }
        return b.toString();
    }
}
