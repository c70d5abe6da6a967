package uk.gov.council.cs.servicerequests;

/** The steps of a service request that published service standards set targets for. */
public enum Step {
    ACKNOWLEDGE("acknowledged"),
    FULFIL("fulfilled"),
    CLOSE("closed");

    private final String done;

    Step(String done) {
        this.done = done;
    }

    /** The step as done: "acknowledged", "fulfilled", "closed". */
    public String done() {
        return done;
    }
}
