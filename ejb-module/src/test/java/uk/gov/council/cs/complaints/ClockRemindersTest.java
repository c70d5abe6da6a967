package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClockRemindersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String LINK = "https://council.example/complaints/view.xhtml?ref={reference}";

    private static ClockReminders.RunningStep step(long id, Standing standing, LocalDate breachNotifiedOn, LocalDate remindedOn,
                                                   String assignee, String manager) {
        return new ClockReminders.RunningStep(id, "C" + id, 1, "respond", LocalDate.of(2026, 12, 2), standing, breachNotifiedOn,
                remindedOn, assignee, manager);
    }

    @Test
    void aMissedStepIsABreachToldToTheAssigneeAndTheirManagerOnce() {
        List<ClockReminders.Reminder> reminders = ClockReminders.due(List.of(
                step(1, Standing.RED, null, null, "indira@council.example", "hugh@council.example"),
                step(2, Standing.RED, LocalDate.of(2026, 12, 3), TODAY, "indira@council.example", "hugh@council.example")),
                TODAY, "team@council.example", LINK);
        assertEquals(1, reminders.size(), "a breach already told is not told again: " + reminders);
        ClockReminders.Reminder breach = reminders.get(0);
        assertEquals(ClockReminders.Kind.BREACHED, breach.kind());
        assertEquals(Set.of("indira@council.example", "hugh@council.example"), breach.to());
        assertEquals("Complaint C1: stage 1 respond deadline missed", breach.subject());
        assertTrue(breach.body().contains("was due on Wednesday 2 December 2026")
                && breach.body().contains("https://council.example/complaints/view.xhtml?ref=C1"), breach.body());
    }

    @Test
    void aBreachWhoseNoticeWasNeverAcceptedByTheMailServerIsToldAtTheNextRun() {
        // Recorded as breached yesterday, but the notice failed: nothing says it was told.
        List<ClockReminders.Reminder> reminders = ClockReminders.due(List.of(
                step(1, Standing.RED, null, null, "indira@council.example", "hugh@council.example")),
                TODAY, "team@council.example", LINK);
        assertEquals(List.of(ClockReminders.Kind.BREACHED), reminders.stream().map(ClockReminders.Reminder::kind).toList());
    }

    @Test
    void aStepDueSoonRemindsItsAssigneeOnceADayAndAnUnassignedOneTheTeam() {
        List<ClockReminders.Reminder> reminders = ClockReminders.due(List.of(
                step(1, Standing.AMBER, null, TODAY.minusDays(1), "indira@council.example", "hugh@council.example"),
                step(2, Standing.AMBER, null, TODAY, "indira@council.example", null),
                step(3, Standing.AMBER, null, null, null, null),
                step(4, Standing.GREEN, null, null, "indira@council.example", null)),
                TODAY, "team@council.example", LINK);
        assertEquals(2, reminders.size(), reminders::toString);
        assertEquals(Set.of("indira@council.example"), reminders.get(0).to(), "the manager hears only of breaches");
        assertEquals(ClockReminders.Kind.DUE_SOON, reminders.get(0).kind());
        assertEquals(Set.of("team@council.example"), reminders.get(1).to());
    }
}
