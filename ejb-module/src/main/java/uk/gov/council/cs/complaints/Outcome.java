package uk.gov.council.cs.complaints;

/** The finding of a stage's response. */
public enum Outcome {
    UPHELD("Upheld"),
    PARTLY_UPHELD("Partly upheld"),
    NOT_UPHELD("Not upheld");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
