package uk.gov.council.cs.workingdays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final BankHolidayFile SHIPPED = BankHolidayFile.shipped();

    private static WorkingDayCalendar calendar(Nation nation) {
        return WorkingDayCalendar.forNation(nation, SHIPPED, Set.of());
    }

    @ParameterizedTest(name = "{0}: {1} + {2} working days = {3} ({4})")
    @CsvSource(delimiter = '|', value = {
        // nation            | from       | days | due        | why
        "ENGLAND_AND_WALES   | 2026-11-23 | 5    | 2026-11-30 | a plain week: Monday to Monday",
        "ENGLAND_AND_WALES   | 2026-11-27 | 1    | 2026-11-30 | over a weekend",
        "SCOTLAND            | 2026-11-27 | 1    | 2026-12-01 | St Andrew's Day, Monday 30 November",
        "ENGLAND_AND_WALES   | 2026-11-28 | 1    | 2026-11-30 | received on a Saturday",
        "ENGLAND_AND_WALES   | 2026-12-23 | 5    | 2027-01-04 | Christmas, Boxing Day substitute on Monday 28th, New Year",
        "SCOTLAND            | 2026-12-23 | 5    | 2027-01-05 | and 2 January's substitute on Monday 4th",
        "NORTHERN_IRELAND    | 2026-12-23 | 5    | 2027-01-04 | as England and Wales",
        "ENGLAND_AND_WALES   | 2027-12-24 | 1    | 2027-12-29 | Christmas and Boxing Day both at a weekend: 27th and 28th",
        "ENGLAND_AND_WALES   | 2021-12-24 | 1    | 2021-12-29 | the same in 2021",
        "ENGLAND_AND_WALES   | 2022-12-23 | 1    | 2022-12-28 | Christmas on a Sunday: substitute Tuesday 27th",
        "ENGLAND_AND_WALES   | 2021-12-31 | 1    | 2022-01-04 | New Year's Day on a Saturday: substitute Monday 3rd",
        "SCOTLAND            | 2021-12-31 | 1    | 2022-01-05 | and 2 January on a Sunday: substitute Tuesday 4th",
        "ENGLAND_AND_WALES   | 2026-04-02 | 1    | 2026-04-07 | Good Friday and Easter Monday",
        "SCOTLAND            | 2026-04-02 | 1    | 2026-04-06 | Easter Monday is not a Scottish bank holiday",
        "NORTHERN_IRELAND    | 2026-04-02 | 1    | 2026-04-07 | Good Friday and Easter Monday",
        "ENGLAND_AND_WALES   | 2024-03-28 | 2    | 2024-04-03 | Easter 2024 at the end of March",
        "NORTHERN_IRELAND    | 2026-03-16 | 1    | 2026-03-18 | St Patrick's Day",
        "ENGLAND_AND_WALES   | 2026-03-16 | 1    | 2026-03-17 | not elsewhere",
        "NORTHERN_IRELAND    | 2024-03-15 | 1    | 2024-03-19 | St Patrick's Day on a Sunday: substitute Monday 18th",
        "NORTHERN_IRELAND    | 2026-07-10 | 1    | 2026-07-14 | Battle of the Boyne on a Sunday: substitute Monday 13th",
        "ENGLAND_AND_WALES   | 2026-07-10 | 1    | 2026-07-13 | not elsewhere",
        "SCOTLAND            | 2026-07-31 | 1    | 2026-08-04 | Scotland's summer holiday, first Monday of August",
        "ENGLAND_AND_WALES   | 2026-07-31 | 1    | 2026-08-03 | not in England",
        "ENGLAND_AND_WALES   | 2026-08-28 | 1    | 2026-09-01 | England's summer holiday, last Monday of August",
        "SCOTLAND            | 2026-08-28 | 1    | 2026-08-31 | not in Scotland",
        "ENGLAND_AND_WALES   | 2020-05-01 | 1    | 2020-05-04 | 2020: early May holiday moved to VE Day...",
        "ENGLAND_AND_WALES   | 2020-05-07 | 1    | 2020-05-11 | ...Friday 8 May",
        "ENGLAND_AND_WALES   | 2022-06-01 | 1    | 2022-06-06 | 2022: Spring holiday and Platinum Jubilee, 2 and 3 June",
        "SCOTLAND            | 2022-09-16 | 1    | 2022-09-20 | the State Funeral, in every nation",
        "NORTHERN_IRELAND    | 2023-05-05 | 1    | 2023-05-09 | the Coronation, Monday 8 May 2023",
        "ENGLAND_AND_WALES   | 2030-12-20 | 5    | 2030-12-31 | the shipped data reaches 2030",
        "ENGLAND_AND_WALES   | 2026-11-25 | 0    | 2026-11-25 | zero days is the same day"
    })
    void plusWorkingDays(Nation nation, LocalDate from, int days, LocalDate due, String why) {
        assertEquals(due, calendar(nation).plusWorkingDays(from, days), why);
    }

    @Test
    void councilClosureDaysAreNotWorkingDays() {
        WorkingDayCalendar closedOnChristmasEve = WorkingDayCalendar.forNation(Nation.ENGLAND_AND_WALES, SHIPPED,
                Set.of(LocalDate.of(2026, 12, 24)));
        assertFalse(closedOnChristmasEve.isWorkingDay(LocalDate.of(2026, 12, 24)));
        assertEquals(LocalDate.of(2026, 12, 29), closedOnChristmasEve.plusWorkingDays(LocalDate.of(2026, 12, 23), 1));
        assertEquals(LocalDate.of(2026, 12, 24), calendar(Nation.ENGLAND_AND_WALES).plusWorkingDays(LocalDate.of(2026, 12, 23), 1));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStart() {
        WorkingDayCalendar ew = calendar(Nation.ENGLAND_AND_WALES);
        assertEquals(5, ew.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 4)));
        assertEquals(-5, ew.workingDaysBetween(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 23)));
        assertEquals(0, ew.workingDaysBetween(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));
        assertTrue(ew.isWorkingDay(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void negativeDaysAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calendar(Nation.SCOTLAND).plusWorkingDays(LocalDate.of(2026, 1, 1), -1));
        assertEquals("A number of working days cannot be negative: -1", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aClosureIsAFutureWorkingDayWithAReason() {
        WorkingDayCalendar ew = WorkingDayCalendar.forNation(Nation.ENGLAND_AND_WALES, SHIPPED, java.util.Set.of(LocalDate.of(2027, 6, 15)));
        LocalDate today = LocalDate.of(2026, 12, 1);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(),
                ew.problemClosing(LocalDate.of(2027, 6, 16), "Office move", today));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("2027-06-15 is not a working day already (a weekend, bank holiday or closure)."),
                ew.problemClosing(LocalDate.of(2027, 6, 15), "Office move", today));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("2026-12-25 is not a working day already (a weekend, bank holiday or closure)."),
                ew.problemClosing(LocalDate.of(2026, 12, 25), "Christmas", today));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("2026-11-30 has passed; a closure changes only deadlines still to come."),
                ew.problemClosing(LocalDate.of(2026, 11, 30), "Office move", today));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("Say why the council is closed (up to 200 characters); staff see it on the calendar."),
                ew.problemClosing(LocalDate.of(2027, 6, 16), " ", today));
        org.junit.jupiter.api.Assertions.assertEquals(LocalDate.of(2027, 6, 16), ew.plusWorkingDays(LocalDate.of(2027, 6, 14), 1),
                "the closure is skipped like a holiday");
    }
}
