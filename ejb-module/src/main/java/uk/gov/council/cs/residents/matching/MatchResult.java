package uk.gov.council.cs.residents.matching;

import java.util.List;

/**
 * The outcome of comparing two records, with everything a reviewer needs to see why: each field's
 * level and weight, the total, and any conflict that rules out a match whatever the score.
 */
public record MatchResult(MatchDecision decision, double probability, double totalWeight,
                          List<FieldComparison> fields, List<String> conflicts) {

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
        return b.toString();
    }
}
