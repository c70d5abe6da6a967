package uk.gov.council.cs.complaints.policy;

import java.time.LocalDate;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * The deadline of one step of one complaint: due a number of working days after the event that
 * starts its clock, possibly extended within the policy's limit (or, under the legacy procedure,
 * moved by a holding letter).
 */
public record StepDeadline(ComplaintPolicy.Stage stage, ComplaintPolicy.Step step, LocalDate startedOn,
                           int extendedBy, LocalDate due) {

    public static StepDeadline start(ComplaintPolicy policy, int stageNumber, String stepName, LocalDate startedOn,
                                     WorkingDayCalendar calendar) {
        ComplaintPolicy.Stage stage = policy.stage(stageNumber);
        ComplaintPolicy.Step step = stage.step(stepName);
        return new StepDeadline(stage, step, startedOn, 0, calendar.plusWorkingDays(startedOn, step.workingDays()));
    }

    /**
     * Extends the deadline by more working days, refusing with the policy's own terms when the
     * step cannot be extended or the total extension would pass its limit.
     */
    public StepDeadline extend(int workingDays, String reason, WorkingDayCalendar calendar) {
        String what = stage.name() + " " + step.name();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An extension of the " + what + " needs a reason, which is given to the complainant.");
        }
        if (workingDays < 1) {
            throw new IllegalArgumentException("An extension is at least one working day.");
        }
        Integer limit = step.extensionLimit();
        if (limit == null && !step.holdingLetterAllowed()) {
            throw new IllegalArgumentException("The " + what + " cannot be extended under this policy.");
        }
        if (limit != null && extendedBy + workingDays > limit) {
            throw new IllegalArgumentException("The " + what + " can be extended by at most " + limit
                    + " working days in all; it has been extended by " + extendedBy + " and " + workingDays
                    + " more were asked for.");
        }
        return new StepDeadline(stage, step, startedOn, extendedBy + workingDays, calendar.plusWorkingDays(due, workingDays));
    }
}
