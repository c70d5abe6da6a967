package uk.gov.council.cs.reports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.refusals.NotPermitted;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.figures.FigureRecords;
import uk.gov.council.cs.reports.figures.WarehouseReader;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Behind every count of a committee report, the warehouse records it counts, for the roles that own the
 * report. Figures selected by an equality answer are published in aggregate only: only the equality officer
 * may list the records behind them, and each such listing is in the audit trail against the residents in it.
 */
@Stateless
public class ReportFigureRecords {

    /** A figure and the records behind it. */
    public record FigureRecordsView(String report, String reportTitle, String period, String periodLabel, String table,
                                    String row, String column, String figure, FigureRecords.Listed records) implements Serializable {
    }

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    /** The report's figures, to show on screen with a link from each count to its records. */
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.EQUALITY_OFFICER})
    public CommitteeReport figures(String report, String period) {
        ReportKind kind = owned(report);
        ReportPeriod p = ReportContents.period(kind, period, CouncilTime.today());
        return read(c -> ReportContents.build(c, kind, p, CouncilTime.today()));
    }

    /** Whether the caller may list the records behind a figure selected by an equality answer. */
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.EQUALITY_OFFICER})
    public boolean maySeeSpecialCategory() {
        return session.isCallerInRole(Roles.EQUALITY_OFFICER);
    }

    /** The records behind the figure printed at this table, row and column of the report for the period (at most {@code max}). */
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.EQUALITY_OFFICER})
    public FigureRecordsView records(String report, String period, String table, String row, String column, int max) {
        ReportKind kind = owned(report);
        List<String> missing = new java.util.ArrayList<>();
        if (table == null || table.isBlank()) {
            missing.add("table: the table's caption, as printed, is needed");
        }
        if (row == null || row.isBlank()) {
            missing.add("row: the row's label, as printed, is needed");
        }
        if (column == null || column.isBlank()) {
            missing.add("column: the column's heading, as printed, is needed");
        }
        if (!missing.isEmpty()) {
            throw new DetailsRefused("Say which figure to list the records of.", missing);
        }
        ReportPeriod p = ReportContents.period(kind, period, CouncilTime.today());
        return read(c -> {
            CommitteeReport content = ReportContents.build(c, kind, p, CouncilTime.today());
            FigureTable.Cell cell = FigureRecords.find(content, table, row, column).orElseThrow(() -> new NotFound("figure",
                    "\"" + table + "\", row \"" + row + "\", column \"" + column + "\""));
            if (cell.trace() == null) {
                throw new DetailsRefused("This figure has no records of its own.", List.of("column: \"" + column + "\" of \"" + row
                        + "\" is not a count of records: it is a share, score or rate worked out from the counts beside it, a total of"
                        + " amounts (remedies, money), a figure entered by administrators, or nil; list the counts' records instead."));
            }
            if (cell.trace().specialCategory() && !session.isCallerInRole(Roles.EQUALITY_OFFICER)) {
                throw new NotPermitted("The records behind this figure were not listed.", "Equality figures are published in aggregate"
                        + " only: listing the records behind them shows residents' equality answers, which only the equality officer may see.");
            }
            FigureRecords records = new FigureRecords(new WarehouseReader(c));
            FigureRecords.Listed listed = records.list(cell.trace(), max);
            if (cell.trace().specialCategory()) {
                audit.recordAll(AuditTrail.Action.READ, "resident", records.residents(cell.trace(), max),
                        "equality report " + p.code() + ": records behind " + table + " / " + row + " / " + column);
            }
            return new FigureRecordsView(kind.code(), kind.title(), p.code(), p.label(), table, row, column, cell.text(), listed);
        });
    }

    /** The report, if the caller has one of the roles that own it. */
    private ReportKind owned(String report) {
        ReportKind kind = ReportContents.kind(report);
        if (kind.roles().stream().noneMatch(session::isCallerInRole)) {
            throw new NotPermitted("The report's figures were not shown.", "The " + kind.title().toLowerCase(java.util.Locale.UK)
                    + " belongs to " + String.join(", ", kind.roles()) + ".");
        }
        return kind;
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The warehouse could not be reached (" + e.getSQLState() + ")", e);
        }
    }
}
