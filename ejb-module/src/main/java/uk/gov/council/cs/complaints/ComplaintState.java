package uk.gov.council.cs.complaints;

/** Where a complaint stands in its current stage. */
public enum ComplaintState {
    /** Logged (or escalated into this stage) and not yet acknowledged. */
    RECEIVED("Received, to acknowledge"),
    /** Acknowledged at stage 1; to be accepted or refused. */
    ACKNOWLEDGED("Acknowledged, to accept or refuse"),
    /** Accepted; waiting for an investigating officer (or a reviewer at a later stage). */
    ACCEPTED("Accepted, to assign"),
    INVESTIGATING("Being investigated"),
    RESPONDED("Responded"),
    REFUSED("Refused"),
    CLOSED("Closed"),
    REFERRED_TO_OMBUDSMAN("Referred to the Ombudsman");

    private final String label;

    ComplaintState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the council still has work to do on it at its current stage. */
    public boolean open() {
        return this == RECEIVED || this == ACKNOWLEDGED || this == ACCEPTED || this == INVESTIGATING;
    }
}
