package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs are placed in London time after the run day is chosen, so the clock changes never move the
 * hour: 07:00 is 06:00Z in summer time (BST) and 07:00Z in winter (GMT). In 2026 the clocks go
 * forward on Sunday 29 March and back on Sunday 25 October.
 */
class ClockChangeTest {

    private static List<Instant> runs(String schedule, String after, int count) {
        return DeliverySchedule.parse(schedule).nextRuns(Instant.parse(after), count, Calendars.ENGLAND);
    }

    private static List<Instant> instants(String... utc) {
        return Arrays.stream(utc).map(Instant::parse).toList();
    }

    @Test
    void aWeeklyRunStaysAtSevenWhenTheClocksGoForward() {
        assertEquals(instants("2026-03-23T07:00:00Z", "2026-03-30T06:00:00Z"), runs("weekly MONDAY@07:00", "2026-03-20T00:00:00Z", 2),
                "Monday before the change in GMT, Monday after in BST");
    }

    @Test
    void aWeeklyRunStaysAtSevenWhenTheClocksGoBack() {
        assertEquals(instants("2026-10-19T06:00:00Z", "2026-10-26T07:00:00Z"), runs("weekly MONDAY@07:00", "2026-10-15T00:00:00Z", 2),
                "Monday before the change in BST, Monday after in GMT");
    }

    @Test
    void aRunOnTheDayOfTheChangeItselfIsAtSevenLocal() {
        assertEquals(instants("2026-03-29T06:00:00Z"), runs("weekly SUNDAY@07:00", "2026-03-28T12:00:00Z", 1), "29 March 2026, BST from 01:00 GMT");
        assertEquals(instants("2026-10-25T07:00:00Z"), runs("weekly SUNDAY@07:00", "2026-10-24T12:00:00Z", 1), "25 October 2026, GMT from 01:00 GMT");
    }

    @Test
    void aQuarterEndRunInJanuaryIsGmtAndInAprilBst() {
        assertEquals(instants("2027-01-15T07:00:00Z", "2027-04-14T06:00:00Z"), runs("quarter-end+10wd@07:00", "2027-01-01T00:00:00Z", 2));
    }

    @Test
    void aMonthlyRunStaysAtNineEitherSideOfBothChanges() {
        assertEquals(instants("2026-03-02T09:00:00Z", "2026-04-01T08:00:00Z"), runs("monthly 1wd@09:00", "2026-03-01T00:00:00Z", 2),
                "March in GMT, April in BST");
        assertEquals(instants("2026-10-01T08:00:00Z", "2026-11-02T09:00:00Z"), runs("monthly 1wd@09:00", "2026-09-15T00:00:00Z", 2),
                "October in BST, November in GMT");
    }
}
