package uk.gov.council.cs.complaints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import uk.gov.council.cs.security.Roles;

/**
 * Actions a complaint's learning leads to. A response is due when the answer is known, so actions
 * are followed after it; the learning counts as closed only when every action is done with
 * evidence, not when its owner reports it done.
 */
public final class LearningActions {

    private LearningActions() {
    }

    /** One action as far as the closure rule cares. */
    public record Progress(LocalDate reportedDoneOn, LocalDate completedOn, String evidence) {
        public boolean done() {
            return completedOn != null && evidence != null && !evidence.isBlank();
        }
    }

    public static boolean learningClosed(Collection<Progress> actions) {
        return actions.stream().allMatch(Progress::done);
    }

    /** The roles of staff who can own an action and report it done: every member of staff, never a system. */
    public static final java.util.Set<String> OWNER_ROLES = java.util.Set.of(Roles.ADVISER, Roles.COMPLAINTS_OFFICER,
            Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR);

    /** Why this member of staff cannot own an action; empty when they can. */
    public static Optional<String> problemOwning(String owner, boolean isPerson, java.util.Set<String> roles) {
        if (!isPerson || roles.stream().noneMatch(OWNER_ROLES::contains)) {
            return Optional.of(owner + " cannot own an action: actions are owned by members of staff who can act on them,"
                    + " not by system accounts.");
        }
        return Optional.empty();
    }

    /** Why {@code caller} may not report the action done: only its owner does. Empty when they may. */
    public static Optional<String> whoMayReport(String owner, String caller) {
        return owner.equals(caller) ? Optional.empty() : Optional.of("Only the action's owner (" + owner + ") reports it done.");
    }

    /** Why the action cannot be reported done now: it is reported once, and not after completion. */
    public static Optional<String> problemReporting(Progress action) {
        if (action.done()) {
            return Optional.of("The action was already completed on " + action.completedOn() + ".");
        }
        if (action.reportedDoneOn() != null) {
            return Optional.of("The action was already reported done on " + action.reportedDoneOn() + ".");
        }
        return Optional.empty();
    }

    /**
     * Why {@code caller} may not confirm the action completed: that is for the complaints team or the
     * owner's manager, never the owner alone. Empty when they may.
     */
    public static Optional<String> whoMayConfirm(String owner, String ownersManager, String caller, boolean callerInComplaintsTeam) {
        if (caller.equals(owner) || !(callerInComplaintsTeam || caller.equals(ownersManager))) {
            return Optional.of("Completion is confirmed by the complaints team or the owner's manager"
                    + (ownersManager == null ? "" : " (" + ownersManager + ")") + ", not by the owner.");
        }
        return Optional.empty();
    }

    /** Why an action cannot be recorded as completed with this evidence; empty when it can. */
    public static Optional<String> problemCompleting(Progress action, String evidence) {
        if (action.done()) {
            return Optional.of("The action was already completed on " + action.completedOn() + ".");
        }
        if (evidence == null || evidence.isBlank()) {
            return Optional.of("Say what shows the action was done (evidence): a report being made is not enough.");
        }
        return Optional.empty();
    }

    /** Why an action cannot be set with this description, owner and due date; empty when it can. */
    public static Optional<String> problemSetting(String description, String owner, LocalDate dueOn, LocalDate today) {
        if (description == null || description.isBlank()) {
            return Optional.of("Say what the action is.");
        }
        if (owner == null || owner.isBlank()) {
            return Optional.of("Name the action's owner.");
        }
        if (dueOn == null) {
            return Optional.of("Give the action a due date.");
        }
        if (dueOn.isBefore(today)) {
            return Optional.of("The action's due date " + dueOn + " has already passed.");
        }
        return Optional.empty();
    }
}
