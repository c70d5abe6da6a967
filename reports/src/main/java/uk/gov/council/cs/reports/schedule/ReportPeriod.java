package uk.gov.council.cs.reports.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.council.cs.warehouse.FinancialCalendar;

/**
 * The days a committee report covers: a financial year (April to March, "2026-27"), one of its
 * quarters (Q1 April-June ... Q4 January-March), or a custom run of days. Years and quarters have a
 * compact code for URLs and APIs ({@code 2026-27}, {@code 2026-27-Q2}); custom periods have none,
 * because a committee's papers are always for a year or a quarter and a free-form range in a URL
 * would be one more thing to validate.
 */
public final class ReportPeriod {

    /** What a period is; {@link #previous()} steps back by one of the same. */
    public enum Kind { QUARTER, YEAR, CUSTOM }

    private static final Pattern CODE = Pattern.compile("([1-9]\\d{3})-(\\d{2})(?:-Q([1-4]))?");
    private static final String EXPECTED = "expected a financial year such as 2026-27 or a financial quarter such as 2026-27-Q2";

    private final LocalDate first;
    private final LocalDate last;
    private final Kind kind;

    private ReportPeriod(LocalDate first, LocalDate last, Kind kind) {
        this.first = first;
        this.last = last;
        this.kind = kind;
    }

    /** The financial year starting on 1 April of {@code startYear}: 2026 gives 2026-27. */
    public static ReportPeriod financialYear(int startYear) {
        LocalDate first = LocalDate.of(startYear, 4, 1);
        return new ReportPeriod(first, first.plusYears(1).minusDays(1), Kind.YEAR);
    }

    /** Quarter {@code quarter} (1 to 4) of the financial year starting in {@code startYear}. */
    public static ReportPeriod quarter(int startYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A financial quarter is numbered 1 (April to June) to 4 (January to March); "
                    + quarter + " was given.");
        }
        LocalDate first = LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
        return new ReportPeriod(first, first.plusMonths(3).minusDays(1), Kind.QUARTER);
    }

    /** The financial year containing {@code day}. */
    public static ReportPeriod financialYearOf(LocalDate day) {
        return financialYear(FinancialCalendar.startYear(day));
    }

    /** The financial quarter containing {@code day}. */
    public static ReportPeriod quarterOf(LocalDate day) {
        return quarter(FinancialCalendar.startYear(day), quarterNumber(day));
    }

    /** Any run of days from {@code first} to {@code last}, both included. */
    public static ReportPeriod custom(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first day");
        Objects.requireNonNull(last, "last day");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A report period cannot end (" + last + ") before it starts (" + first + ").");
        }
        return new ReportPeriod(first, last, Kind.CUSTOM);
    }

    /** The period of a code: {@code 2026-27} (a financial year) or {@code 2026-27-Q2} (a financial quarter). */
    public static ReportPeriod parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("No report period was given; " + EXPECTED + ".");
        }
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + code + "\" is not a report period; " + EXPECTED + ".");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != (start + 1) % 100) {
            // 2026-28 is most likely a typing slip; say what the year starting in 2026 is called.
            throw new IllegalArgumentException("\"" + code + "\" is not a financial year: the one starting in April " + start
                    + " is written " + yearName(start) + " (its second quarter " + yearName(start) + "-Q2).");
        }
        return m.group(3) == null ? financialYear(start) : quarter(start, Integer.parseInt(m.group(3)));
    }

    public LocalDate first() {
        return first;
    }

    /** The last day, included in the period. */
    public LocalDate last() {
        return last;
    }

    public Kind kind() {
        return kind;
    }

    /** {@code 2026-27} or {@code 2026-27-Q2}; {@link #parse} reads it back. A custom period has none. */
    public String code() {
        return switch (kind) {
            case YEAR -> yearName(FinancialCalendar.startYear(first));
            case QUARTER -> yearName(FinancialCalendar.startYear(first)) + "-Q" + quarterNumber(first);
            case CUSTOM -> throw new IllegalStateException("The custom period " + label()
                    + " has no code; only financial years (2026-27) and quarters (2026-27-Q2) have one.");
        };
    }

    /** As an officer reads it: "Q2 2026-27 (July to September 2026)", "2026-27 (April 2026 to March 2027)". */
    public String label() {
        return switch (kind) {
            case YEAR -> yearName(FinancialCalendar.startYear(first)) + " (" + month(first) + " " + first.getYear()
                    + " to " + month(last) + " " + last.getYear() + ")";
            // A quarter never straddles a calendar year, so one year at the end is enough.
            case QUARTER -> "Q" + quarterNumber(first) + " " + yearName(FinancialCalendar.startYear(first)) + " ("
                    + month(first) + " to " + month(last) + " " + last.getYear() + ")";
            case CUSTOM -> first.equals(last) ? day(first) : day(first) + " to " + day(last);
        };
    }

    /**
     * The period of the same kind just before this one: the quarter or year before; for a custom
     * period, as many days ending the day before it starts.
     */
    public ReportPeriod previous() {
        return switch (kind) {
            case YEAR -> financialYearOf(first.minusDays(1));
            case QUARTER -> quarterOf(first.minusDays(1));
            case CUSTOM -> custom(first.minusDays(ChronoUnit.DAYS.between(first, last) + 1), first.minusDays(1));
        };
    }

    /** This period and the {@code before} periods before it, oldest first: trend(4) of a quarter is five quarters. */
    public List<ReportPeriod> trend(int before) {
        if (before < 0) {
            throw new IllegalArgumentException("A trend counts back 0 or more periods; " + before + " was given.");
        }
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod p = this;
        periods.add(p);
        for (int i = 0; i < before; i++) {
            p = p.previous();
            periods.add(0, p);
        }
        return List.copyOf(periods);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportPeriod p && p.first.equals(first) && p.last.equals(last) && p.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last, kind);
    }

    @Override
    public String toString() {
        return kind == Kind.CUSTOM ? "custom " + first + ".." + last : code();
    }

    private static int quarterNumber(LocalDate day) {
        return Integer.parseInt(FinancialCalendar.quarter(day).substring(1));
    }

    private static String yearName(int startYear) {
        return FinancialCalendar.financialYear(LocalDate.of(startYear, 4, 1));
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String day(LocalDate day) {
        return day.getDayOfMonth() + " " + month(day) + " " + day.getYear();
    }
}
