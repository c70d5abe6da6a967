package uk.gov.council.cs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialCalendarTest {

    @Test
    void theFinancialYearTurnsOnTheFirstOfApril() {
        assertEquals("2025-26", FinancialCalendar.financialYear(LocalDate.of(2026, 3, 31)));
        assertEquals("2026-27", FinancialCalendar.financialYear(LocalDate.of(2026, 4, 1)));
        assertEquals("2026-27", FinancialCalendar.financialYear(LocalDate.of(2027, 1, 15)));
        assertEquals("1999-00", FinancialCalendar.financialYear(LocalDate.of(2000, 2, 1)), "the century turns in the name too");
        assertEquals(LocalDate.of(2026, 4, 1), FinancialCalendar.yearStart(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void quartersRunAprilToJuneFirstAndJanuaryToMarchLast() {
        assertEquals("Q1", FinancialCalendar.quarter(LocalDate.of(2026, 4, 1)));
        assertEquals("Q1", FinancialCalendar.quarter(LocalDate.of(2026, 6, 30)));
        assertEquals("Q2", FinancialCalendar.quarter(LocalDate.of(2026, 7, 1)));
        assertEquals("Q3", FinancialCalendar.quarter(LocalDate.of(2026, 12, 31)));
        assertEquals("Q4", FinancialCalendar.quarter(LocalDate.of(2027, 1, 1)));
        assertEquals("Q4", FinancialCalendar.quarter(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void monthsCountFromApril() {
        assertEquals(1, FinancialCalendar.financialMonth(LocalDate.of(2026, 4, 10)));
        assertEquals(9, FinancialCalendar.financialMonth(LocalDate.of(2026, 12, 10)));
        assertEquals(10, FinancialCalendar.financialMonth(LocalDate.of(2027, 1, 10)));
        assertEquals(12, FinancialCalendar.financialMonth(LocalDate.of(2027, 3, 10)));
    }

    @Test
    void aDaysKeyIsItsDateWrittenAsANumber() {
        assertEquals(20261202, FinancialCalendar.dateKey(LocalDate.of(2026, 12, 2)));
        assertEquals(20240229, FinancialCalendar.dateKey(LocalDate.of(2024, 2, 29)));
    }
}
