package uk.gov.council.cs.complaints;

/** What the council offered to put things right. */
public enum RemedyType {
    APOLOGY("Apology"),
    ACTION("Action to put things right"),
    FINANCIAL("Financial remedy");

    private final String label;

    RemedyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
