package uk.gov.council.cs.reports.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.ReportTemplates;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Section;

/**
 * In the spreadsheet a count or a share is a number staff can add up and chart, not text, and the PDF's page
 * footers are not rows among the figures; the PDF still prints them as the report's words ("1,140", "45.7%").
 */
class SpreadsheetFiguresTest {

    @Test
    void countsAndSharesAreNumbersAndPageFootersAreLeftOut() throws IOException {
        ReportTemplates templates = new ReportTemplates();
        CommitteeReport sample = SampleReports.quarterly();
        List<Section> sections = new ArrayList<>(sample.sections());
        sections.add(new Section("Resolution", null, List.of(new FigureTable("First-point resolution", List.of("Measure", "Q2 2026-27"),
                List.of(Row.of("Contacts", Cell.count(1234)), Row.of("% resolved at the first point", Cell.percent(0.4567))), null)),
                List.of()));
        CommitteeReport report = new CommitteeReport(sample.kind(), sample.councilName(), sample.periodLabel(), sample.periodCode(),
                sample.producedOn(), sample.summary(), sections, sample.definitions(), false);
        JasperPrint print = ReportDocuments.fill(report,
                new ReportDocuments.Templates(templates.get("committee-report"), templates.get("figure-table")), null);

        String sheet = sheet(ReportDocuments.xlsx(print));
        assertTrue(sheet.matches("(?s).*t=\"n\"><v>1140(\\.0)?</v>.*"), "the count 1,140 is the number 1140");
        assertTrue(sheet.matches("(?s).*t=\"n\"><v>1234(\\.0)?</v>.*"), "the count 1,234 is the number 1234");
        assertTrue(sheet.matches("(?s).*t=\"n\"><v>0\\.457</v>.*"), "45.7% is the fraction 0.457, formatted as a percentage");
        assertTrue(sheet.contains("1 to 4"), "a suppressed count stays words");
        assertFalse(sheet.contains("Page 1"), "no page footer among the figures");

        try (PDDocument document = Loader.loadPDF(ReportDocuments.pdf(print))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("1,140"), text);
            assertTrue(text.contains("1,234"), text);
            assertTrue(text.contains("45.7%"), text);
        }
    }

    /** The first worksheet's XML and its shared strings, as text. */
    private static String sheet(byte[] xlsx) throws IOException {
        StringBuilder xml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/sheet") || e.getName().equals("xl/sharedStrings.xml")) {
                    xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }
}
