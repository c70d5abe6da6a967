package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.ReportContents;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.content.Section;
import uk.gov.council.cs.reports.figures.FigureRecords;
import uk.gov.council.cs.reports.figures.WarehouseReader;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * Every count of every committee report that says it can list its records lists exactly as many as it
 * counts, on this database's SQL: the reports for this quarter and year, over whatever the suite has put in
 * the warehouse by now, read the way the server reads them.
 */
class EveryCountListsItsOwnRecordsIT extends DeployedCouncil {

    @Test
    void everyTracedCountListsAsManyRecordsAsItCounts() throws Exception {
        long complaint = ComplaintsApi.underInvestigation("head-of-service");
        ComplaintsApi.step(complaint, "respond", "head-of-service", ComplaintsApi.response("UPHELD"));
        Warehouse.loadChanges();
        LocalDate today = WorkingDayCount.today();
        List<String> wrong = new ArrayList<>();
        int traced = 0;
        try (Connection c = CouncilDatabase.asOwner()) {
            FigureRecords records = new FigureRecords(new WarehouseReader(c));
            java.util.Map<uk.gov.council.cs.reports.content.Trace, Long> counted = new java.util.HashMap<>();
            for (ReportKind kind : ReportKind.values()) {
                ReportPeriod period = kind.yearly() ? ReportPeriod.financialYearOf(today) : ReportPeriod.quarterOf(today);
                CommitteeReport report = ReportContents.build(c, kind, period, today);
                for (Section section : report.sections()) {
                    for (FigureTable table : section.tables()) {
                        for (FigureTable.Row row : table.rows()) {
                            for (int i = 0; i < row.cells().size(); i++) {
                                FigureTable.Cell cell = row.cells().get(i);
                                if (cell.trace() == null) {
                                    continue;
                                }
                                traced++;
                                // Totals and trends repeat a condition: each is counted once.
                                long listed = counted.computeIfAbsent(cell.trace(), records::count);
                                boolean agrees = cell.value() != null ? listed == cell.value().longValue()
                                        : !cell.text().startsWith("1 to") || listed >= 1 && listed <= 4;
                                if (!agrees) {
                                    wrong.add(kind.code() + ": " + table.caption() + " / " + row.label() + " / " + table.headings().get(i + 1)
                                            + " prints " + cell.text() + " but lists " + listed);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "figures whose records disagree with them:\n" + String.join("\n", wrong));
        assertTrue(traced > 300, "only " + traced + " figures can list their records");
    }
}
