package uk.gov.council.cs.complaints;

/** What a resident told the council, as the "Have your say" register sorts it. */
public enum FeedbackKind {
    COMMENT("Comment"),
    COMPLIMENT("Compliment"),
    COMPLAINT("Complaint"),
    SATISFACTION("Satisfaction response");

    private final String label;

    FeedbackKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The word on the resident's timeline for this kind of feedback. */
    public String timelineKind() {
        return this == COMPLAINT ? "complaint" : "feedback";
    }
}
