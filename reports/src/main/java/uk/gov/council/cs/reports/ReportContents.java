package uk.gov.council.cs.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import uk.gov.council.cs.equality.BoroughPopulation;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.reports.assessment.AssessmentRecords;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.disclosure.DisclosureControl;
import uk.gov.council.cs.reports.figures.AnnualComplaints;
import uk.gov.council.cs.reports.figures.EqualityReport;
import uk.gov.council.cs.reports.figures.QuarterlyPerformance;
import uk.gov.council.cs.reports.figures.WarehouseReader;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * A committee report's figures for a period, read from the warehouse on one connection with the council's
 * settings: what every format is drawn from, what a figure's records are listed against, and what the
 * benchmark times. Also the checks on a report's name and period that every caller makes.
 */
public final class ReportContents {

    public static final String COUNCIL_NAME = "council.name";
    public static final String SMALL_COUNT_THRESHOLD = "council.reports.small-count-threshold";
    public static final String LANDLORD_HOMES = "council.landlord.homes";

    private static final Logger LOG = Logger.getLogger(ReportContents.class.getName());

    private ReportContents() {
    }

    public static CommitteeReport build(Connection c, ReportKind kind, ReportPeriod p, LocalDate today) throws SQLException {
        return build(c, (sql, parameters) -> { }, kind, p, today);
    }

    /** The same, telling {@code listener} of each warehouse statement the figures run (the benchmark replays them raw). */
    public static CommitteeReport build(Connection c, WarehouseReader.StatementListener listener, ReportKind kind, ReportPeriod p,
                                        LocalDate today) throws SQLException {
        WarehouseReader w = new WarehouseReader(c, listener);
        String area = System.getProperty(BoroughPopulation.AREA_SETTING);
        return switch (kind) {
            case QUARTERLY_PERFORMANCE -> new QuarterlyPerformance(w, councilName()).build(p, today);
            case ANNUAL_COMPLAINTS -> {
                AssessmentRecords entered = new AssessmentRecords(c);
                yield new AnnualComplaints(w, councilName(), new AnnualComplaints.Settings(homes(), area,
                        entered.latestAnswers(p.code()), entered.latestAverages(p.code()).orElse(null))).build(p, today);
            }
            case EQUALITY -> new EqualityReport(w, councilName(), smallCountThreshold(), area).build(p, today);
        };
    }

    static String councilName() {
        return System.getProperty(COUNCIL_NAME, "Borough Council");
    }

    /** The homes the council owns as a landlord ({@code council.landlord.homes}); none if it is not one. */
    static Long homes() {
        String value = System.getProperty(LANDLORD_HOMES);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> LANDLORD_HOMES + " is not a whole number; the tenant measures are left out.");
            return null;
        }
    }

    /**
     * Counts from 1 to this less one are "small" in the equality report (DOMAIN.md: under 5 for
     * sensitive subjects; ONS publishes some tables below 10): {@code council.reports.small-count-threshold}.
     */
    static int smallCountThreshold() {
        String value = System.getProperty(SMALL_COUNT_THRESHOLD, "5");
        try {
            return Math.max(DisclosureControl.LEAST_THRESHOLD, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            LOG.warning(() -> SMALL_COUNT_THRESHOLD + " is not a whole number; 5 is used.");
            return 5;
        }
    }

    public static ReportKind kind(String report) {
        try {
            return ReportKind.ofCode(report);
        } catch (IllegalArgumentException e) {
            throw new DetailsRefused("There is no such report.", List.of("report: " + e.getMessage()));
        }
    }

    /** The report's period from its code: of the report's kind (a year or a quarter), and begun by {@code today}. */
    public static ReportPeriod period(ReportKind kind, String code, LocalDate today) {
        if (code == null || code.isBlank()) {
            throw new DetailsRefused("The report was not produced.", List.of("period: give the period, such as "
                    + (kind.yearly() ? "2025-26 (a financial year)" : "2026-27-Q2 (a financial quarter)") + "."));
        }
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(code.strip());
        } catch (IllegalArgumentException e) {
            throw new DetailsRefused("The report was not produced.", List.of("period: " + e.getMessage()));
        }
        if (kind.yearly() != (period.kind() == ReportPeriod.Kind.YEAR)) {
            throw new DetailsRefused("The report was not produced.", List.of("period: the " + kind.title().toLowerCase(Locale.UK)
                    + " is for a financial " + (kind.yearly() ? "year, such as 2026-27" : "quarter, such as 2026-27-Q2")
                    + "; " + code + " is a " + (kind.yearly() ? "quarter" : "year") + "."));
        }
        if (period.first().isAfter(today)) {
            throw new DetailsRefused("The report was not produced.", List.of("period: " + period.label() + " has not begun."));
        }
        return period;
    }
}
