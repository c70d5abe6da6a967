package uk.gov.council.cs.warehouse;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The UK public sector's financial year, 1 April to 31 March, named by its two calendar years
 * ("2026-27"), with quarters Q1 April-June to Q4 January-March and months counted from April.
 */
public final class FinancialCalendar {

    private FinancialCalendar() {
    }

    /** The calendar year the financial year containing {@code day} starts in. */
    public static int startYear(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** "2026-27" for any day from 1 April 2026 to 31 March 2027. */
    public static String financialYear(LocalDate day) {
        int start = startYear(day);
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** 1 for April ... 12 for March. */
    public static int financialMonth(LocalDate day) {
        return (day.getMonthValue() + 8) % 12 + 1;
    }

    /** "Q1" (April to June) ... "Q4" (January to March). */
    public static String quarter(LocalDate day) {
        return "Q" + ((financialMonth(day) - 1) / 3 + 1);
    }

    /** The first day of the financial year containing {@code day}. */
    public static LocalDate yearStart(LocalDate day) {
        return LocalDate.of(startYear(day), Month.APRIL, 1);
    }

    /** The key of a day in the date dimension: yyyymmdd. */
    public static int dateKey(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
