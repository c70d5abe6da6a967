package uk.gov.council.cs.complaints;

import java.util.EnumSet;
import java.util.Set;
import uk.gov.council.cs.security.Roles;

/** Each thing that can be done to a complaint, the states it may be done from and the roles that may do it. */
public enum Transition {
    ACKNOWLEDGE("acknowledged", EnumSet.of(ComplaintState.RECEIVED), Set.of(Roles.COMPLAINTS_OFFICER)),
    RESOLVE_INFORMALLY("resolved informally", EnumSet.of(ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED),
            Set.of(Roles.COMPLAINTS_OFFICER)),
    ACCEPT("accepted", EnumSet.of(ComplaintState.ACKNOWLEDGED), Set.of(Roles.COMPLAINTS_OFFICER)),
    REFUSE("refused", EnumSet.of(ComplaintState.ACKNOWLEDGED), Set.of(Roles.COMPLAINTS_OFFICER)),
    ASSIGN("assigned", EnumSet.of(ComplaintState.ACCEPTED, ComplaintState.INVESTIGATING), Set.of(Roles.COMPLAINTS_OFFICER)),
    EXTEND("extended", EnumSet.of(ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED, ComplaintState.ACCEPTED,
            ComplaintState.INVESTIGATING), Set.of(Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE)),
    RESPOND("responded to", EnumSet.of(ComplaintState.INVESTIGATING), Set.of(Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE)),
    ESCALATE("escalated", EnumSet.of(ComplaintState.RESPONDED), Set.of(Roles.ADVISER, Roles.COMPLAINTS_OFFICER)),
    CLOSE("closed", EnumSet.of(ComplaintState.RESPONDED), Set.of(Roles.COMPLAINTS_OFFICER)),
    REFER_TO_OMBUDSMAN("referred to the Ombudsman", EnumSet.of(ComplaintState.RESPONDED, ComplaintState.REFUSED,
            ComplaintState.CLOSED), Set.of(Roles.COMPLAINTS_OFFICER)),
    REOPEN("reopened", EnumSet.of(ComplaintState.RESPONDED, ComplaintState.REFUSED, ComplaintState.CLOSED),
            Set.of(Roles.COMPLAINTS_OFFICER));

    private final String pastTense;
    private final Set<ComplaintState> from;
    private final Set<String> roles;

    Transition(String pastTense, Set<ComplaintState> from, Set<String> roles) {
        this.pastTense = pastTense;
        this.from = from;
        this.roles = roles;
    }

    /** "acknowledged", "referred to the Ombudsman": for messages and the timeline. */
    public String pastTense() {
        return pastTense;
    }

    public Set<ComplaintState> from() {
        return from;
    }

    public Set<String> roles() {
        return roles;
    }
}
