package uk.gov.council.cs.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.council.cs.security.Roles;

/**
 * The rules of moving a complaint on: from which state each step may be taken, by whom, and the
 * separation of duties (an investigator not involved in the matter; a later stage answered by
 * someone other than the earlier stage's responder). Every refusal says exactly why.
 */
public final class ComplaintLifecycle {

    private ComplaintLifecycle() {
    }

    /** Why {@code who}'s role does not allow the step at all; empty when it does. */
    public static java.util.Optional<String> roleProblem(Transition step, Officer who) {
        if (who.hasAnyOf(step.roles())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Your role does not allow a complaint to be " + step.pastTense() + "; that needs "
                + step.roles().stream().sorted().collect(Collectors.joining(" or ")) + ".");
    }

    /**
     * Why {@code who}, whose role allows the step ({@link #roleProblem}), may not take it on this
     * complaint now: its state, and who is on it. Empty when they may.
     */
    public static List<String> problems(Transition step, ComplaintFacts c, Officer who) {
        List<String> problems = new ArrayList<>();
        if (step == Transition.REFUSE && c.stage() != 1) {
            // Whatever state the escalation is in, the answer is the same: it is not a new complaint.
            problems.add("An escalation request is not a new complaint, so it cannot be refused: answer complaint "
                    + c.reference() + " at stage " + c.stage() + ", or close it if the complainant withdraws.");
        } else if (!step.from().contains(c.state())) {
            problems.add(stateProblem(step, c));
        } else {
            switch (step) {
                case ESCALATE -> {
                    if (c.stage() >= c.lastStage()) {
                        problems.add("Complaint " + c.reference() + " has had its final response at stage " + c.stage()
                                + "; it cannot be escalated further. The complainant may go to the Ombudsman.");
                    }
                }
                case REFER_TO_OMBUDSMAN -> {
                    if (c.state() == ComplaintState.RESPONDED && c.stage() < c.lastStage()) {
                        problems.add("Complaint " + c.reference() + " has had only its stage " + c.stage()
                                + " response; escalate it to stage " + (c.stage() + 1)
                                + " first, or close it and then record the Ombudsman's case.");
                    }
                }
                case RESPOND -> {
                    if (!who.username().equals(c.investigator())) {
                        problems.add("Only the officer assigned to stage " + c.stage() + " (" + c.investigator()
                                + ") may respond to complaint " + c.reference() + ".");
                    }
                    responderProblem(c, who.username()).ifPresent(problems::add);
                }
                case RESOLVE_INFORMALLY -> {
                    if (!c.informalResolution()) {
                        problems.add("This complaints procedure has no informal resolution: under the 2024 Code a complaint"
                                + " resolved early is answered with its stage 1 response.");
                    } else if (c.stage() != 1) {
                        problems.add("Only a new complaint is resolved informally, before stage 1; complaint " + c.reference()
                                + " is at stage " + c.stage() + ".");
                    }
                }
                case EXTEND -> {
                    if (!c.responseClockRunning()) {
                        problems.add("No response deadline is running at stage " + c.stage() + " of complaint " + c.reference()
                                + " yet; it starts when the complaint is acknowledged.");
                    } else if (!who.roles().contains(Roles.COMPLAINTS_OFFICER) && !who.username().equals(c.investigator())) {
                        problems.add("Only the complaints team or the officer assigned to stage " + c.stage()
                                + " may extend its deadline.");
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }

    /** The steps {@code who} may take on the complaint now: what the workbench offers them. */
    public static List<Transition> possibleNow(ComplaintFacts c, Officer who) {
        return java.util.Arrays.stream(Transition.values())
                .filter(t -> roleProblem(t, who).isEmpty() && problems(t, c, who).isEmpty()).toList();
    }

    /** Who may be given a stage: an investigating officer or head of service at stage 1, a head of service later. */
    public static Set<String> suitableRoles(int stage) {
        return stage == 1 ? Set.of(Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE) : Set.of(Roles.HEAD_OF_SERVICE);
    }

    /** Why {@code assignee} cannot investigate (or review) the complaint at its current stage; empty when they can. */
    public static List<String> assigneeProblems(ComplaintFacts c, Officer assignee) {
        List<String> problems = new ArrayList<>();
        if (!assignee.hasAnyOf(suitableRoles(c.stage()))) {
            problems.add(assignee.username() + " cannot take stage " + c.stage() + ": it needs "
                    + (c.stage() == 1 ? "an investigating officer or a head of service" : "a head of service") + ".");
        }
        if (c.involvedStaff().contains(assignee.username())) {
            problems.add(assignee.username() + " is named in the complaint and so cannot investigate it.");
        }
        responderProblem(c, assignee.username()).ifPresent(problems::add);
        return problems;
    }

    /** The state after the step (escalation also moves the complaint to its next stage). */
    public static ComplaintState after(Transition step, ComplaintFacts c) {
        return switch (step) {
            case ACKNOWLEDGE -> c.stage() == 1 ? ComplaintState.ACKNOWLEDGED : ComplaintState.ACCEPTED;
            case RESOLVE_INFORMALLY -> ComplaintState.CLOSED;
            case ACCEPT -> ComplaintState.ACCEPTED;
            case REFUSE -> ComplaintState.REFUSED;
            case ASSIGN -> ComplaintState.INVESTIGATING;
            case EXTEND -> c.state();
            case RESPOND -> ComplaintState.RESPONDED;
            case ESCALATE -> ComplaintState.RECEIVED;
            case CLOSE -> ComplaintState.CLOSED;
            case REFER_TO_OMBUDSMAN -> ComplaintState.REFERRED_TO_OMBUDSMAN;
            case REOPEN -> c.state() == ComplaintState.REFUSED ? ComplaintState.ACKNOWLEDGED
                    : c.investigator() == null ? ComplaintState.ACCEPTED : ComplaintState.INVESTIGATING;
        };
    }

    private static java.util.Optional<String> responderProblem(ComplaintFacts c, String username) {
        Integer earlier = c.differentResponderFromStage();
        if (earlier != null && Objects.equals(c.responders().get(earlier), username)) {
            return java.util.Optional.of(username + " gave the stage " + earlier + " response to complaint " + c.reference()
                    + "; stage " + c.stage() + " must be answered by a different person.");
        }
        return java.util.Optional.empty();
    }

    private static String stateProblem(Transition step, ComplaintFacts c) {
        String now = "complaint " + c.reference() + " is " + c.state().label().toLowerCase(java.util.Locale.UK)
                + " at stage " + c.stage() + ".";
        return switch (step) {
            case ACKNOWLEDGE -> "Only a newly received complaint or escalation is acknowledged; " + now;
            case RESOLVE_INFORMALLY -> "A complaint is resolved informally before it is accepted; " + now;
            case ACCEPT -> "A complaint is accepted after it is acknowledged and before it is assigned; " + now;
            case REFUSE -> "A complaint is refused at stage 1, after it is acknowledged and before it is accepted; " + now;
            case ASSIGN -> "An officer is assigned once the complaint is accepted and before the response; " + now;
            case EXTEND -> "Only a deadline still running can be extended; " + now;
            case RESPOND -> "A response is given by the assigned officer while the complaint is being investigated; " + now;
            case ESCALATE -> "Only a complaint that has had its response can be escalated; " + now;
            case CLOSE -> "A complaint is closed after its response; " + now;
            case REFER_TO_OMBUDSMAN -> "A complaint goes to the Ombudsman after the council's response, a refusal or closure; " + now;
            case REOPEN -> "Only a complaint that was responded to, refused or closed can be reopened; " + now;
        };
    }
}
