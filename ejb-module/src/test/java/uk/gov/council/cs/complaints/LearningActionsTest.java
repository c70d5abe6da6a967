package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningActionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final LearningActions.Progress OPEN = new LearningActions.Progress(null, null, null);
    private static final LearningActions.Progress REPORTED = new LearningActions.Progress(DAY, null, null);
    private static final LearningActions.Progress DONE = new LearningActions.Progress(DAY, DAY, "New procedure note issued to all officers");

    @Test
    void learningClosesOnlyWhenEveryActionIsDoneWithEvidence() {
        assertTrue(LearningActions.learningClosed(List.of()), "no actions, nothing to wait for");
        assertTrue(LearningActions.learningClosed(List.of(DONE, DONE)));
        assertFalse(LearningActions.learningClosed(List.of(DONE, OPEN)));
        assertFalse(LearningActions.learningClosed(List.of(DONE, REPORTED)), "reported done is not done");
        assertFalse(LearningActions.learningClosed(List.of(new LearningActions.Progress(DAY, DAY, " "))), "no evidence, not done");
    }

    @Test
    void completingNeedsEvidenceAndHappensOnce() {
        assertEquals(Optional.of("Say what shows the action was done (evidence): a report being made is not enough."),
                LearningActions.problemCompleting(REPORTED, ""));
        assertEquals(Optional.of("The action was already completed on 2026-12-01."), LearningActions.problemCompleting(DONE, "again"));
        assertEquals(Optional.empty(), LearningActions.problemCompleting(REPORTED, "Training record for 12 officers"));
    }

    @Test
    void anActionNeedsWhatWhoAndAFutureDate() {
        assertEquals(Optional.of("Say what the action is."), LearningActions.problemSetting(" ", "hugh", DAY, DAY));
        assertEquals(Optional.of("Name the action's owner."), LearningActions.problemSetting("Retrain", null, DAY, DAY));
        assertEquals(Optional.of("Give the action a due date."), LearningActions.problemSetting("Retrain", "hugh", null, DAY));
        assertEquals(Optional.of("The action's due date 2026-11-30 has already passed."),
                LearningActions.problemSetting("Retrain", "hugh", DAY.minusDays(1), DAY));
        assertEquals(Optional.empty(), LearningActions.problemSetting("Retrain", "hugh", DAY, DAY));
    }

    @Test
    void onlyTheOwnerReportsAnActionDoneAndOnlyOnce() {
        assertEquals(Optional.empty(), LearningActions.whoMayReport("sam", "sam"));
        assertEquals(Optional.of("Only the action's owner (sam) reports it done."), LearningActions.whoMayReport("sam", "indira"));
        assertEquals(Optional.empty(), LearningActions.problemReporting(OPEN));
        assertEquals(Optional.of("The action was already reported done on 2026-12-01."), LearningActions.problemReporting(REPORTED));
        assertEquals(Optional.of("The action was already completed on 2026-12-01."), LearningActions.problemReporting(DONE));
    }

    @Test
    void completionIsConfirmedByTheComplaintsTeamOrTheOwnersManagerNeverTheOwner() {
        assertEquals(Optional.empty(), LearningActions.whoMayConfirm("sam", "hugh", "casey", true), "the complaints team");
        assertEquals(Optional.empty(), LearningActions.whoMayConfirm("sam", "hugh", "hugh", false), "the owner's manager");
        assertEquals(Optional.of("Completion is confirmed by the complaints team or the owner's manager (hugh), not by the owner."),
                LearningActions.whoMayConfirm("sam", "hugh", "indira", false), "another officer");
        assertEquals(Optional.of("Completion is confirmed by the complaints team or the owner's manager (hugh), not by the owner."),
                LearningActions.whoMayConfirm("casey", "hugh", "casey", true), "an owner in the complaints team, on their own action");
    }

    @Test
    void anActionIsOwnedByStaffWhoCanActNeverBySystems() {
        assertEquals(Optional.empty(), LearningActions.problemOwning("sam", true, java.util.Set.of("senior-manager")));
        assertEquals(Optional.of("housing-feed cannot own an action: actions are owned by members of staff who can act on them,"
                + " not by system accounts."), LearningActions.problemOwning("housing-feed", false, java.util.Set.of("back-office-system")));
        assertTrue(LearningActions.problemOwning("back-office-system", true, java.util.Set.of("back-office-system")).isPresent());
    }
}
