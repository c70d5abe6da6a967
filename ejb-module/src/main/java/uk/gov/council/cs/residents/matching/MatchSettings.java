package uk.gov.council.cs.residents.matching;

/**
 * The council's matching policy: how sure the matcher must be to link records by itself, and
 * from what point a pair is worth a member of staff's time.
 *
 * @param linkAt     match probability at or above which records are linked automatically
 * @param reviewAt   match probability at or above which the pair goes to the review queue
 * @param priorMatch probability that two records chosen at random are the same person, before
 *                   any field is compared (about one in the borough's population)
 */
public record MatchSettings(double linkAt, double reviewAt, double priorMatch) {

    public static final MatchSettings DEFAULT = new MatchSettings(0.99, 0.5, 1e-6);

    public MatchSettings {
        if (!(0 < reviewAt && reviewAt <= linkAt && linkAt < 1)) {
            throw new IllegalArgumentException("Matching thresholds must satisfy 0 < review <= link < 1 (review "
                    + reviewAt + ", link " + linkAt + ").");
        }
        if (!(0 < priorMatch && priorMatch < 1)) {
            throw new IllegalArgumentException("The prior probability of a match must be between 0 and 1, not " + priorMatch + ".");
        }
    }

    /**
     * The council's settings from configuration ({@code council.matching.link-at},
     * {@code council.matching.review-at}, {@code council.matching.prior}), the defaults otherwise.
     */
    public static MatchSettings from(java.util.function.UnaryOperator<String> configuration) {
        return new MatchSettings(number(configuration, "council.matching.link-at", DEFAULT.linkAt),
                number(configuration, "council.matching.review-at", DEFAULT.reviewAt),
                number(configuration, "council.matching.prior", DEFAULT.priorMatch));
    }

    private static double number(java.util.function.UnaryOperator<String> configuration, String key, double otherwise) {
        String value = configuration.apply(key);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting " + key + " must be a number such as 0.95, not \"" + value + "\".");
        }
    }

    double priorWeight() {
        return Math.log(priorMatch / (1 - priorMatch)) / Math.log(2);
    }
}
