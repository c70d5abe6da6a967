package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A local time the spring change skips (01:00-01:59 on 29 March 2026) runs at the first moment
 * after the gap, 02:00 BST = 01:00Z; a time the autumn change repeats (01:00-01:59 on 25 October
 * 2026) runs once, at the first of the two, in BST.
 */
class SkippedAndRepeatedTimesTest {

    @ParameterizedTest(name = "{0} at {1} runs at {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "2026-03-29 | 00:59 | 2026-03-29T00:59:00Z | before the gap: GMT",
        "2026-03-29 | 01:00 | 2026-03-29T01:00:00Z | skipped: the first moment after the gap, 02:00 BST",
        "2026-03-29 | 01:30 | 2026-03-29T01:00:00Z | skipped: 02:00 BST, not 02:30 BST as ZonedDateTime.of would move it",
        "2026-03-29 | 01:59 | 2026-03-29T01:00:00Z | skipped: 02:00 BST",
        "2026-03-29 | 02:00 | 2026-03-29T01:00:00Z | the first moment after the gap itself",
        "2026-03-29 | 02:30 | 2026-03-29T01:30:00Z | after the gap: BST",
        "2026-10-25 | 00:59 | 2026-10-24T23:59:00Z | before the repeated hour: BST",
        "2026-10-25 | 01:00 | 2026-10-25T00:00:00Z | repeated: the first, BST",
        "2026-10-25 | 01:30 | 2026-10-25T00:30:00Z | repeated: the first, BST",
        "2026-10-25 | 01:59 | 2026-10-25T00:59:00Z | repeated: the first, BST",
        "2026-10-25 | 02:00 | 2026-10-25T02:00:00Z | after the repeated hour: GMT",
        "2027-03-28 | 01:30 | 2027-03-28T01:00:00Z | the spring change of 2027",
        "2027-03-29 | 01:30 | 2027-03-29T00:30:00Z | the day after it: an ordinary BST day"
    })
    void runAt(LocalDate day, LocalTime time, Instant expected, String why) {
        assertEquals(expected, new WeeklySchedule(day.getDayOfWeek(), time).runAt(day), why);
    }

    @Test
    void aSkippedTimeStillRunsThatDay() {
        List<Instant> runs = DeliverySchedule.parse("weekly SUNDAY@01:30").nextRuns(Instant.parse("2026-03-28T12:00:00Z"), 2, Calendars.ENGLAND);
        assertEquals(List.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-04-05T00:30:00Z")), runs);
    }

    @Test
    void aRepeatedTimeRunsOnce() {
        List<Instant> runs = DeliverySchedule.parse("weekly SUNDAY@01:30").nextRuns(Instant.parse("2026-10-24T12:00:00Z"), 2, Calendars.ENGLAND);
        assertEquals(List.of(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-11-01T01:30:00Z")), runs,
                "not again at 01:30 GMT (01:30Z) on 25 October");
    }

    @Test
    void afterTheFirstOfARepeatedTimeTheNextRunIsNextWeek() {
        List<Instant> runs = DeliverySchedule.parse("weekly SUNDAY@01:30").nextRuns(Instant.parse("2026-10-25T00:30:00Z"), 1, Calendars.ENGLAND);
        assertEquals(List.of(Instant.parse("2026-11-01T01:30:00Z")), runs);
    }

    @Test
    void aYearlyRunInTheGap() {
        List<Instant> runs = DeliverySchedule.parse("yearly 03-29@01:30").nextRuns(Instant.parse("2026-01-01T00:00:00Z"), 2, Calendars.ENGLAND);
        assertEquals(List.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2027-03-29T00:30:00Z")), runs,
                "in the gap in 2026; an ordinary BST morning in 2027");
    }
}
