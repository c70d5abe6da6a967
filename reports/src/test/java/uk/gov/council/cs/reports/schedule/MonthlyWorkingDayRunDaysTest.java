package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Nth working day of a month skips weekends, England's bank holidays and the council's closures. */
class MonthlyWorkingDayRunDaysTest {

    private static LocalDate runDay(int n, LocalDate firstOfMonth) {
        return new MonthlyWorkingDaySchedule(n, LocalTime.of(9, 0)).nextRunDay(firstOfMonth, Calendars.ENGLAND);
    }

    @ParameterizedTest(name = "working day {0} of the month of {1}: {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "1  | 2026-01-01 | 2026-01-02 | New Year's Day",
        "1  | 2026-02-01 | 2026-02-02 | the 1st is a Sunday",
        "1  | 2026-04-01 | 2026-04-01 | a Wednesday",
        "3  | 2026-04-01 | 2026-04-07 | over Good Friday and Easter Monday 2026",
        "1  | 2026-08-01 | 2026-08-03 | the 1st is a Saturday",
        "1  | 2027-01-01 | 2027-01-04 | New Year's Day a Friday",
        "1  | 2027-05-01 | 2027-05-04 | a Saturday, then the early May bank holiday",
        "1  | 2028-01-01 | 2028-01-04 | New Year's Day a Saturday, substitute Monday 3rd",
        "15 | 2026-04-01 | 2026-04-23 | the most allowed, in a month with Easter",
        "15 | 2027-05-01 | 2027-05-24 | and in a month with two bank holidays"
    })
    void runDay(int n, LocalDate month, LocalDate expected, String why) {
        assertEquals(expected, runDay(n, month), why);
    }

    @Test
    void afterThisMonthsRunComesNextMonths() {
        assertEquals(LocalDate.of(2027, 1, 4), runDay(1, LocalDate.of(2026, 12, 2)), "after 1 December 2026, across the year end");
    }

    @Test
    void theCouncilsClosureDaysAreSkippedToo() {
        MonthlyWorkingDaySchedule first = new MonthlyWorkingDaySchedule(1, LocalTime.of(9, 0));
        assertEquals(LocalDate.of(2026, 6, 2), first.nextRunDay(LocalDate.of(2026, 6, 1), Calendars.england(LocalDate.of(2026, 6, 1))));
    }

    @Test
    void aMonthLeftShortByClosuresCountsOnIntoTheNext() {
        // Closing the whole of February 2026 after the 2nd leaves it one working day; the 2nd falls on 2 March.
        LocalDate[] closed = LocalDate.of(2026, 2, 3).datesUntil(LocalDate.of(2026, 3, 1)).toArray(LocalDate[]::new);
        MonthlyWorkingDaySchedule second = new MonthlyWorkingDaySchedule(2, LocalTime.of(9, 0));
        assertEquals(LocalDate.of(2026, 3, 2), second.nextRunDay(LocalDate.of(2026, 2, 15), Calendars.england(closed)), "February's run");
        assertEquals(LocalDate.of(2026, 3, 3), second.nextRunDay(LocalDate.of(2026, 3, 3), Calendars.england(closed)), "March's run");
    }
}
