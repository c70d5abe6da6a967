package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run's key is its scheduled local date and time, the same each time it is worked out. */
class RunKeyTest {

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "quarter-end+10wd@07:00 | 2026-07-14T06:00:00Z | 2026-07-14T07:00",
        "quarter-end+10wd@07:00 | 2027-01-15T07:00:00Z | 2027-01-15T07:00",
        "yearly 04-01@00:30     | 2027-03-31T23:30:00Z | 2027-04-01T00:30",
        "weekly SUNDAY@01:30    | 2026-03-29T01:00:00Z | 2026-03-29T01:30",
        "weekly SUNDAY@01:30    | 2026-10-25T00:30:00Z | 2026-10-25T01:30",
        "monthly 1wd@09:00      | 2026-04-01T08:00:00Z | 2026-04-01T09:00"
    })
    void theScheduledLocalDateAndTime(String schedule, Instant run, String key) {
        assertEquals(key, DeliverySchedule.parse(schedule).runKey(run), "a run moved by a clock change keeps the time asked for");
    }

    @Test
    void theSameRunWorkedOutTwiceHasTheSameKey() {
        DeliverySchedule s = DeliverySchedule.parse("weekly MONDAY@07:00");
        Instant after = Instant.parse("2026-03-20T00:00:00Z");
        List<String> once = s.nextRuns(after, 5, Calendars.ENGLAND).stream().map(s::runKey).toList();
        List<String> again = s.nextRuns(after.plusSeconds(60), 5, Calendars.ENGLAND).stream().map(s::runKey).toList();
        assertEquals(once, again);
        assertEquals(5, once.stream().distinct().count(), "each run its own key: " + once);
    }

    @Test
    void runsOnDifferentDaysHaveDifferentKeys() {
        DeliverySchedule s = DeliverySchedule.parse("weekly SUNDAY@01:30");
        assertNotEquals(s.runKey(Instant.parse("2026-10-25T00:30:00Z")), s.runKey(Instant.parse("2026-11-01T01:30:00Z")));
    }
}
