package uk.gov.council.cs.reports.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.schedule.DeliverySchedule;
import uk.gov.council.cs.workingdays.BankHolidayFile;
import uk.gov.council.cs.workingdays.Nation;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/** The run due now is the latest since the subscription began: none before its first, only the last of several missed. */
class DueRunsTest {

    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.forNation(Nation.ENGLAND_AND_WALES, BankHolidayFile.shipped(), java.util.Set.of());
    private static final DeliverySchedule MONDAYS = DeliverySchedule.parse("weekly MONDAY@07:00");

    @Test
    void nothingIsDueBeforeTheFirstRunAfterTheSubscriptionBegan() {
        // Set up on Tuesday 1 December 2026; the first run is Monday 7 December at 07:00 (GMT).
        assertEquals(Optional.empty(), DueRuns.latest(MONDAYS, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-07T06:59:59Z"), ENGLAND));
        assertEquals(Optional.of(Instant.parse("2026-12-07T07:00:00Z")),
                DueRuns.latest(MONDAYS, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-07T07:00:00Z"), ENGLAND));
    }

    @Test
    void aServerDownOverSeveralRunsSendsOnlyTheLatest() {
        assertEquals(Optional.of(Instant.parse("2026-12-21T07:00:00Z")),
                DueRuns.latest(MONDAYS, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-23T12:00:00Z"), ENGLAND));
    }

    @Test
    void aRunAtTheMomentTheSubscriptionBeganIsNotDue() {
        assertEquals(Optional.empty(), DueRuns.latest(MONDAYS, Instant.parse("2026-12-07T07:00:00Z"), Instant.parse("2026-12-07T07:05:00Z"), ENGLAND));
    }

    @Test
    void theQuarterEndRuleSkipsTheNewYearBankHoliday() {
        DeliverySchedule tenth = DeliverySchedule.parse("quarter-end+10wd@07:00");
        // The quarter ends on Thursday 31 December 2026; Friday 1 January is a holiday, so the working days are
        // 4 to 8 January and 11 to 15 January: the 10th is Friday 15 January.
        assertEquals(Optional.of(LocalDate.of(2027, 1, 15).atTime(7, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant()),
                DueRuns.latest(tenth, Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2027-01-20T00:00:00Z"), ENGLAND));
    }
}
