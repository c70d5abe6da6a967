package uk.gov.council.cs.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every figure is a line of the CSV, and nothing in it runs as a formula when a spreadsheet opens it. */
class ReportCsvTest {

    @Test
    void aFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"x\")", ReportCsv.safe("=HYPERLINK(\"x\")"));
        assertEquals("'+cmd", ReportCsv.safe("+cmd"));
        assertEquals("'-cmd", ReportCsv.safe("-cmd"));
        assertEquals("'@SUM(A1)", ReportCsv.safe("@SUM(A1)"));
    }

    @Test
    void numbersSignedScoresAndPercentagesAreLeftAlone() {
        assertEquals("-25", ReportCsv.safe("-25"));
        assertEquals("+33", ReportCsv.safe("+33"));
        assertEquals("1,140", ReportCsv.safe("1,140"));
        assertEquals("45.7%", ReportCsv.safe("45.7%"));
        assertEquals("1 to 4", ReportCsv.safe("1 to 4"));
    }

    @Test
    void eachFigureIsOneLineWithItsTableRowAndColumn() {
        String csv = new String(ReportCsv.of(SampleReports.quarterly()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFreport,period,section,table,row,column,figure,value"), csv);
        assertTrue(csv.contains("Quarterly performance report,2026-27-Q2,Contacts,Contacts by channel,Telephone,Q2 2026-27,\"1,140\",1140"), csv);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), csv);
        assertTrue(csv.contains("Customer satisfaction,Satisfaction,Web,Good,1 to 4,"), csv);
        // 3 rows of 5 and 2 rows of 4 figures, and the header.
        assertEquals(15 + 8 + 1, csv.lines().count());
    }
}
