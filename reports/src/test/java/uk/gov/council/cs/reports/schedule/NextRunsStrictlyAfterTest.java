package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** nextRuns lists runs strictly after the moment given: a run at that very moment has been had. */
class NextRunsStrictlyAfterTest {

    @ParameterizedTest(name = "{0}: a run at {1}, next {2}")
    @CsvSource(delimiter = '|', value = {
        "quarter-end+10wd@07:00 | 2026-07-14T06:00:00Z | 2026-10-14T06:00:00Z",
        "yearly 06-01@07:00     | 2026-06-01T06:00:00Z | 2027-06-01T06:00:00Z",
        "weekly MONDAY@07:00    | 2026-03-30T06:00:00Z | 2026-04-06T06:00:00Z",
        "monthly 1wd@09:00      | 2027-01-04T09:00:00Z | 2027-02-01T09:00:00Z",
        "weekly SUNDAY@01:30    | 2026-03-29T01:00:00Z | 2026-04-05T00:30:00Z"
    })
    void aRunAtTheMomentGivenIsLeftOut(String schedule, Instant run, Instant next) {
        DeliverySchedule s = DeliverySchedule.parse(schedule);
        assertEquals(List.of(next), s.nextRuns(run, 1, Calendars.ENGLAND), "after the run itself");
        assertEquals(List.of(run, next), s.nextRuns(run.minusNanos(1), 2, Calendars.ENGLAND), "a nanosecond before the run");
    }

    @Test
    void laterTheSameDayTheRunIsNextYear() {
        assertEquals(List.of(Instant.parse("2027-06-01T06:00:00Z")), DeliverySchedule.parse("yearly 06-01@07:00")
                .nextRuns(Instant.parse("2026-06-01T12:00:00Z"), 1, Calendars.ENGLAND));
    }

    @Test
    void noneAskedForIsNoneGiven() {
        assertEquals(List.of(), DeliverySchedule.parse("weekly MONDAY@07:00").nextRuns(Instant.parse("2026-01-01T00:00:00Z"), 0, Calendars.ENGLAND));
    }

    @Test
    void aNegativeCountIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse("weekly MONDAY@07:00")
                .nextRuns(Instant.parse("2026-01-01T00:00:00Z"), -1, Calendars.ENGLAND));
        assertEquals("The number of runs to list cannot be negative: -1", e.getMessage());
    }

    @Test
    void needsAMomentAndACalendar() {
        DeliverySchedule weekly = DeliverySchedule.parse("weekly MONDAY@07:00");
        assertThrows(NullPointerException.class, () -> weekly.nextRuns(null, 1, Calendars.ENGLAND));
        assertThrows(NullPointerException.class, () -> weekly.nextRuns(Instant.parse("2026-01-01T00:00:00Z"), 1, null));
    }
}
