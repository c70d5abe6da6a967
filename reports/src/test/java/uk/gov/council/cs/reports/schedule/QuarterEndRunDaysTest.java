package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Nth working day after a quarter ends skips weekends, England's bank holidays (as shipped) and
 * the council's closures. Dates checked against the shipped file: Good Friday 3 April and Easter
 * Monday 6 April 2026; New Year's Day Friday 1 January 2027; 1 January 2028 a Saturday, its
 * substitute Monday 3 January.
 */
class QuarterEndRunDaysTest {

    private static LocalDate runDayAfter(LocalDate quarterEnd, int n) {
        return new QuarterEndSchedule(n, LocalTime.of(7, 0)).nextRunDay(quarterEnd.plusDays(1), Calendars.ENGLAND);
    }

    @ParameterizedTest(name = "{1} working day(s) after {0}: {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "2026-03-31 | 1  | 2026-04-01 | Wednesday 1 April: Good Friday and Easter Monday come later",
        "2026-03-31 | 2  | 2026-04-02 | Thursday 2 April, the day before Good Friday",
        "2026-03-31 | 3  | 2026-04-07 | not Good Friday 3 April nor Easter Monday 6 April",
        "2026-03-31 | 10 | 2026-04-16 | ten working days over Easter",
        "2026-06-30 | 10 | 2026-07-14 | a plain quarter end",
        "2026-09-30 | 10 | 2026-10-14 | a plain quarter end",
        "2025-12-31 | 1  | 2026-01-02 | New Year's Day, Thursday 1 January 2026",
        "2026-12-31 | 1  | 2027-01-04 | New Year's Day, Friday 1 January 2027, then the weekend",
        "2026-12-31 | 10 | 2027-01-15 | across the calendar year end",
        "2027-12-31 | 1  | 2028-01-04 | 1 January 2028 a Saturday: substitute holiday Monday 3rd",
        "2027-12-31 | 10 | 2028-01-17 | the same, ten working days",
        "2028-03-31 | 10 | 2028-04-18 | Easter 2028: Good Friday 14 and Easter Monday 17 April",
        "2026-12-31 | 60 | 2027-03-30 | the most allowed still comes before the next quarter ends"
    })
    void runDay(LocalDate quarterEnd, int n, LocalDate expected, String why) {
        assertEquals(expected, runDayAfter(quarterEnd, n), why);
    }

    @Test
    void theCouncilsClosureDaysAreSkippedToo() {
        QuarterEndSchedule first = new QuarterEndSchedule(1, LocalTime.of(7, 0));
        assertEquals(LocalDate.of(2026, 4, 2), first.nextRunDay(LocalDate.of(2026, 4, 1),
                Calendars.england(LocalDate.of(2026, 4, 1))), "closed on Wednesday 1 April 2026");
    }

    @Test
    void theRunDayItselfIsTheNextRunDayFromIt() {
        QuarterEndSchedule tenth = new QuarterEndSchedule(10, LocalTime.of(7, 0));
        assertEquals(LocalDate.of(2026, 7, 14), tenth.nextRunDay(LocalDate.of(2026, 7, 14), Calendars.ENGLAND), "on the day");
        assertEquals(LocalDate.of(2026, 10, 14), tenth.nextRunDay(LocalDate.of(2026, 7, 15), Calendars.ENGLAND), "the day after");
    }

    @Test
    void aLateRunStillFollowsItsOwnQuarter() {
        // 60 working days after 31 March 2026 is in late June, inside the quarter after: it must not be skipped.
        QuarterEndSchedule sixtieth = new QuarterEndSchedule(60, LocalTime.of(7, 0));
        assertEquals(LocalDate.of(2026, 6, 29), sixtieth.nextRunDay(LocalDate.of(2026, 6, 1), Calendars.ENGLAND));
        assertEquals(LocalDate.of(2026, 9, 23), sixtieth.nextRunDay(LocalDate.of(2026, 6, 30), Calendars.ENGLAND));
    }
}
