package uk.gov.council.cs.equality;

/** The GSS harmonised disability question, part two, asked only of those with a long-term condition: "Does your condition or illness reduce your ability to carry out day-to-day activities?" */
public enum DayToDayLimitation implements EqualityAnswer {
    A_LOT("Yes, a lot"),
    A_LITTLE("Yes, a little"),
    NOT_AT_ALL("Not at all"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    DayToDayLimitation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
