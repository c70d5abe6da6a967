package uk.gov.council.cs.complaints;

import java.time.LocalDate;
import java.util.List;
import uk.gov.council.cs.complaints.policy.ComplaintPolicy;
import uk.gov.council.cs.complaints.policy.StepDeadline;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/** Which clocks start when something happens to a complaint, under the policy it keeps. */
public final class ComplaintClock {

    private ComplaintClock() {
    }

    /**
     * The deadlines that start on {@code day} because of {@code event} at {@code stage}: receipt
     * starts stage 1's first clocks, an escalation request the next stage's, an acknowledgement
     * the response clock.
     */
    public static List<StepDeadline> starting(ComplaintPolicy policy, int stage, ComplaintPolicy.Anchor event,
                                              LocalDate day, WorkingDayCalendar calendar) {
        return policy.stage(stage).startingAt(event).stream()
                .map(step -> StepDeadline.start(policy, stage, step.name(), day, calendar)).toList();
    }

    /**
     * Who has a step now, for reminders and the queue: the lead officer acknowledges; the assigned
     * officer answers, or the lead officer until someone is assigned. Null when nobody has it yet.
     */
    public static String ownerOf(String step, String leadOfficer, String investigator) {
        return "acknowledge".equals(step) || investigator == null ? leadOfficer : investigator;
    }

    /** The step that a transition completes, if the policy has one: acknowledging or responding. */
    public static java.util.Optional<String> stepCompletedBy(Transition transition) {
        return switch (transition) {
            case ACKNOWLEDGE -> java.util.Optional.of("acknowledge");
            case RESPOND -> java.util.Optional.of("respond");
            default -> java.util.Optional.empty();
        };
    }
}
