package uk.gov.council.cs.complaints;

/** The letters (or e-mails) a complainant receives, each from its own editable template. */
public enum LetterKind {
    ACKNOWLEDGEMENT("Acknowledgement"),
    REFUSAL("Refusal"),
    EXTENSION("Extension"),
    HOLDING("Holding letter"),
    RESPONSE("Stage response"),
    ESCALATION_ACKNOWLEDGEMENT("Escalation acknowledgement"),
    FINAL_RESPONSE("Final response"),
    /** To a complainant whose contact is restricted: the decision, the restrictions and the review date. */
    CONTACT_RESTRICTION("Restriction on contact");

    private final String label;

    LetterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
