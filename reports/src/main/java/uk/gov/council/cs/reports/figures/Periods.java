package uk.gov.council.cs.reports.figures;

import uk.gov.council.cs.reports.schedule.ReportPeriod;

/** Short names of periods for the column headings of trend tables. */
final class Periods {

    private Periods() {
    }

    /** "Q2 2026-27" for a quarter, "2026-27" for a year. */
    static String heading(ReportPeriod period) {
        String code = period.code();
        return period.kind() == ReportPeriod.Kind.QUARTER ? code.substring(8) + " " + code.substring(0, 7) : code;
    }
}
