package uk.gov.council.cs.reports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.awt.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.figures.WarehouseReader;
import uk.gov.council.cs.reports.render.ReportCsv;
import uk.gov.council.cs.reports.render.ReportDocuments;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * The council's committee reports, filled from the warehouse (never the operational tables) and drawn
 * as PDF, CSV or a workbook. Each report has the roles that own it; the figures are the same whichever
 * format is asked for, because every format is drawn from one {@link CommitteeReport}.
 */
@Stateless
public class CommitteeReports {

    public static final String COUNCIL_NAME = ReportContents.COUNCIL_NAME;
    /** A PNG or JPEG of the council's logo, printed on each report's first page; none if unset. */
    public static final String COUNCIL_LOGO = "council.logo";
    public static final String SMALL_COUNT_THRESHOLD = ReportContents.SMALL_COUNT_THRESHOLD;
    public static final String LANDLORD_HOMES = ReportContents.LANDLORD_HOMES;

    private static final Logger LOG = Logger.getLogger(CommitteeReports.class.getName());

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @EJB
    private ReportTemplates templates;

    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE})
    public ReportDocument quarterlyPerformance(String quarter, ReportFormat format) {
        return draw(content(ReportKind.QUARTERLY_PERFORMANCE, quarter), format);
    }

    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER})
    public ReportDocument annualComplaints(String year, ReportFormat format) {
        return draw(content(ReportKind.ANNUAL_COMPLAINTS, year), format);
    }

    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.EQUALITY_OFFICER})
    public ReportDocument equality(String year, ReportFormat format) {
        return draw(content(ReportKind.EQUALITY, year), format);
    }

    /**
     * A report for a subscription's run: drawn once from one reading of the warehouse, in each format
     * asked for; empty reports are drawn too (they say so). Only the delivery job runs it.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Drawn drawForDelivery(String report, String period, java.util.Set<ReportFormat> formats) {
        CommitteeReport content = content(kind(report), period);
        return new Drawn(content.title(), content.empty(), formats.stream().map(f -> draw(content, f)).toList());
    }

    /** The report's figures for the period, read from the warehouse in one connection, with the council's settings. */
    private CommitteeReport content(ReportKind kind, String periodCode) {
        ReportPeriod p = ReportContents.period(kind, periodCode, CouncilTime.today());
        try (Connection c = dataSource.getConnection()) {
            return ReportContents.build(c, kind, p, CouncilTime.today());
        } catch (SQLException e) {
            throw new IllegalStateException("The warehouse could not be reached (" + e.getSQLState() + ")", e);
        }
    }

    /** A report drawn for delivery: its title, whether the period held nothing, and its documents. */
    public record Drawn(String title, boolean empty, List<ReportDocument> documents) implements java.io.Serializable {
    }

    /**
     * The periods a report can be run for now: whole financial quarters (the last eight) or years (the
     * last three) that have ended, newest first.
     */
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.EQUALITY_OFFICER})
    public List<ReportPeriod> periodsFor(String report) {
        ReportKind kind = kind(report);
        ReportPeriod lastFull = (kind.yearly() ? ReportPeriod.financialYearOf(CouncilTime.today())
                : ReportPeriod.quarterOf(CouncilTime.today())).previous();
        java.time.LocalDate earliest = read(w -> w.earliestDay());
        List<ReportPeriod> periods = new java.util.ArrayList<>(lastFull.trend(kind.yearly() ? 2 : 7));
        java.util.Collections.reverse(periods);
        // Only periods the warehouse has records for, and always the last full one (which may be empty).
        List<ReportPeriod> held = periods.stream().filter(p -> p.equals(lastFull) || earliest != null && !p.last().isBefore(earliest)).toList();
        return List.copyOf(held);
    }

    private static ReportKind kind(String report) {
        return ReportContents.kind(report);
    }

    private <T> T read(Function<WarehouseReader, T> report) {
        try (Connection c = dataSource.getConnection()) {
            return report.apply(new WarehouseReader(c));
        } catch (SQLException e) {
            throw new IllegalStateException("The warehouse could not be reached (" + e.getSQLState() + ")", e);
        }
    }

    private ReportDocument draw(CommitteeReport report, ReportFormat format) {
        byte[] content = switch (format) {
            case CSV -> ReportCsv.of(report);
            case PDF -> ReportDocuments.pdf(ReportDocuments.fill(report, templates(), logo()));
            case XLSX -> ReportDocuments.xlsx(ReportDocuments.fill(report, templates(), null));
        };
        return new ReportDocument(report.fileName(format.extension()), format.mediaType(), content);
    }

    private ReportDocuments.Templates templates() {
        return new ReportDocuments.Templates(templates.get("committee-report"), templates.get("figure-table"));
    }

    private static Image logo() {
        String file = System.getProperty(COUNCIL_LOGO);
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return ImageIO.read(Files.newInputStream(Path.of(file)));
        } catch (IOException e) {
            LOG.warning(() -> "The council's logo " + COUNCIL_LOGO + " could not be read (" + e.getClass().getSimpleName()
                    + "); the reports are drawn without it.");
            return null;
        }
    }
}
