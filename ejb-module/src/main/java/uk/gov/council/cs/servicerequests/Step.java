package uk.gov.council.cs.servicerequests;

import java.util.List;

/**
 * What published service standards set targets for: the steps of a service request, in working
 * days, and answering a call or webchat, in seconds.
 */
public enum Step {
    ACKNOWLEDGE("acknowledged"),
    FULFIL("fulfilled"),
    CLOSE("closed"),
    /** Answering a call or webchat: the target is in seconds of waiting, not working days. */
    ANSWER("answered");

    /** The steps a service request goes through, in order. */
    public static final List<Step> OF_A_REQUEST = List.of(ACKNOWLEDGE, FULFIL, CLOSE);

    private final String done;

    Step(String done) {
        this.done = done;
    }

    /** The step as done: "acknowledged", "fulfilled", "closed", "answered". */
    public String done() {
        return done;
    }

    public boolean ofARequest() {
        return this != ANSWER;
    }
}
