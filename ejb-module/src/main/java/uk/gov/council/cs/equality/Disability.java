package uk.gov.council.cs.equality;

/**
 * Disability under the Equality Act 2010, derived from the two GSS harmonised answers: disabled when
 * a long-term condition reduces day-to-day activities a lot or a little.
 */
public enum Disability {
    DISABLED("Disabled under the Equality Act"),
    NOT_DISABLED("Not disabled under the Equality Act"),
    PREFER_NOT_TO_SAY("Prefer not to say"),
    NOT_ASKED("Not asked");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From the two answers; a condition with the second question unanswered is not known, so counts as not asked. */
    public static Disability of(LongTermCondition condition, DayToDayLimitation limitation) {
        if (condition == null) {
            return NOT_ASKED;
        }
        return switch (condition) {
            case NO -> NOT_DISABLED;
            case PREFER_NOT_TO_SAY -> PREFER_NOT_TO_SAY;
            case YES -> limitation == null ? NOT_ASKED : switch (limitation) {
                case A_LOT, A_LITTLE -> DISABLED;
                case NOT_AT_ALL -> NOT_DISABLED;
                case PREFER_NOT_TO_SAY -> PREFER_NOT_TO_SAY;
            };
        };
    }
}
