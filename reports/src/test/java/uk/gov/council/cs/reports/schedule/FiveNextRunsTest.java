package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Five next runs of each kind of schedule, from 1 January 2026 (England's calendar, London time). */
class FiveNextRunsTest {

    private static final Instant NEW_YEAR_2026 = Instant.parse("2026-01-01T00:00:00Z");

    private static void assertRuns(String schedule, String... expected) {
        assertEquals(Arrays.stream(expected).map(Instant::parse).toList(),
                DeliverySchedule.parse(schedule).nextRuns(NEW_YEAR_2026, 5, Calendars.ENGLAND), schedule);
    }

    @Test
    void tenthWorkingDayAfterEachQuarter() {
        assertRuns("quarter-end+10wd@07:00",
                "2026-01-15T07:00:00Z", // after 31 December 2025, New Year's Day skipped; GMT
                "2026-04-16T06:00:00Z", // after 31 March, Good Friday and Easter Monday skipped; BST
                "2026-07-14T06:00:00Z",
                "2026-10-14T06:00:00Z",
                "2027-01-15T07:00:00Z");
    }

    @Test
    void firstOfJuneEachYear() {
        assertRuns("yearly 06-01@07:00",
                "2026-06-01T06:00:00Z", "2027-06-01T06:00:00Z", "2028-06-01T06:00:00Z", "2029-06-01T06:00:00Z",
                "2030-06-01T06:00:00Z");
    }

    @Test
    void leapDayEachYear() {
        assertRuns("yearly 02-29@07:00",
                "2026-02-28T07:00:00Z", "2027-02-28T07:00:00Z", "2028-02-29T07:00:00Z", "2029-02-28T07:00:00Z",
                "2030-02-28T07:00:00Z");
    }

    @Test
    void everyFriday() {
        assertRuns("weekly FRIDAY@16:30",
                "2026-01-02T16:30:00Z", "2026-01-09T16:30:00Z", "2026-01-16T16:30:00Z", "2026-01-23T16:30:00Z",
                "2026-01-30T16:30:00Z");
    }

    @Test
    void everyThursdayIncludingNewYearsDayItself() {
        assertRuns("weekly THURSDAY@07:00",
                "2026-01-01T07:00:00Z", "2026-01-08T07:00:00Z", "2026-01-15T07:00:00Z", "2026-01-22T07:00:00Z",
                "2026-01-29T07:00:00Z");
    }

    @Test
    void firstWorkingDayOfEachMonth() {
        assertRuns("monthly 1wd@09:00",
                "2026-01-02T09:00:00Z", // New Year's Day skipped
                "2026-02-02T09:00:00Z", // 1 February a Sunday
                "2026-03-02T09:00:00Z", // 1 March a Sunday
                "2026-04-01T08:00:00Z", // BST
                "2026-05-01T08:00:00Z");
    }

    @Test
    void runsComeInOrderWithoutRepeats() {
        List<Instant> runs = DeliverySchedule.parse("quarter-end+60wd@07:00").nextRuns(NEW_YEAR_2026, 12, Calendars.ENGLAND);
        assertEquals(runs.stream().sorted().distinct().toList(), runs, "sorted, each once");
        assertEquals(12, runs.size());
    }
}
