package uk.gov.council.cs.complaints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

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
