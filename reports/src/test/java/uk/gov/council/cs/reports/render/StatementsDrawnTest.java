package uk.gov.council.cs.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.content.Section;

/** A section's statements in the council's words follow its tables in the PDF's blocks and are lines of the CSV, escaped. */
class StatementsDrawnTest {

    private static CommitteeReport report() {
        FigureTable findings = new FigureTable("Findings", List.of("Finding", "Sections"),
                List.of(FigureTable.Row.of("Complies", FigureTable.Cell.count(1))), null);
        Section section = new Section("Self-assessment", "The council's own assessment.", List.of(findings), List.of(),
                List.of(new Section.Statement("Section 1: Definition of a complaint", "=Complies. Evidence: policy")));
        return new CommitteeReport(ReportKind.ANNUAL_COMPLAINTS, "Demo Borough Council", "2025-26", "2025-26",
                LocalDate.of(2026, 6, 1), List.of(), List.of(section), List.of(), false);
    }

    @Test
    void statementsFollowTheSectionsTables() {
        List<ReportBlock> blocks = ReportBlock.of(report());
        assertEquals(List.of("TABLE", "STATEMENT", "HEADING"), blocks.stream().map(ReportBlock::getKind).toList());
        assertEquals("Section 1: Definition of a complaint", blocks.get(1).getText());
    }

    @Test
    void statementsAreLinesOfTheCsvAndCannotRunAsFormulas() {
        String csv = new String(ReportCsv.of(report()), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Self-assessment,Statement,Section 1: Definition of a complaint,text,'=Complies. Evidence: policy,"), csv);
    }
}
