package uk.gov.council.cs.reports.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a report subscription asks for, worked out afresh on each run day: the last full
 * financial quarter, the last financial year, or always the same fixed year or quarter. Only
 * periods that are over count as "full": on the last day of a quarter that quarter is not over yet,
 * so the quarter before it is reported.
 */
public final class RelativePeriod {

    /** The most recent financial quarter that has ended before the run day. */
    public static final RelativePeriod LAST_FULL_QUARTER = new RelativePeriod("last-full-quarter",
            "the last full financial quarter", null);

    /** The most recent financial year that has ended before the run day. */
    public static final RelativePeriod LAST_FULL_YEAR = new RelativePeriod("last-full-year",
            "the last financial year", null);

    private final String code;
    private final String description;
    private final ReportPeriod fixed;

    private RelativePeriod(String code, String description, ReportPeriod fixed) {
        this.code = code;
        this.description = description;
        this.fixed = fixed;
    }

    /** Always this year or quarter, whatever the run day (a report re-sent for a past period). */
    public static RelativePeriod fixed(ReportPeriod period) {
        Objects.requireNonNull(period, "period");
        if (period.kind() == ReportPeriod.Kind.CUSTOM) {
            // A subscription is stored by its code, and only years and quarters have one.
            throw new IllegalArgumentException("A subscription can ask for a financial year or quarter, not the custom period "
                    + period.label() + ".");
        }
        return new RelativePeriod(period.code(), period.label(), period);
    }

    /** Reads a stored code: {@code last-full-quarter}, {@code last-full-year}, or a period's code such as {@code 2026-27-Q2}. */
    public static RelativePeriod parse(String code) {
        if (LAST_FULL_QUARTER.code.equals(code)) {
            return LAST_FULL_QUARTER;
        }
        if (LAST_FULL_YEAR.code.equals(code)) {
            return LAST_FULL_YEAR;
        }
        if (code != null && !code.isEmpty() && Character.isDigit(code.charAt(0))) {
            // It looks like a period, so the period's own, more precise refusal is the useful one.
            return fixed(ReportPeriod.parse(code));
        }
        throw new IllegalArgumentException((code == null ? "No report period was given" : "\"" + code + "\" is not a report period")
                + "; expected last-full-quarter, last-full-year, a financial year such as 2026-27"
                + " or a financial quarter such as 2026-27-Q2.");
    }

    /** The period a run on {@code runDay} (a local date in the council's zone) reports on. */
    public ReportPeriod resolve(LocalDate runDay) {
        Objects.requireNonNull(runDay, "run day");
        if (fixed != null) {
            return fixed;
        }
        // The period containing the run day is never over on that day, so the full one is the one before.
        return this == LAST_FULL_QUARTER ? ReportPeriod.quarterOf(runDay).previous() : ReportPeriod.financialYearOf(runDay).previous();
    }

    /** The stored form; {@link #parse} reads it back. */
    public String code() {
        return code;
    }

    /** For the screen: "the last full financial quarter", or a fixed period's label. */
    public String description() {
        return description;
    }

    public boolean isFixed() {
        return fixed != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelativePeriod r && r.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
