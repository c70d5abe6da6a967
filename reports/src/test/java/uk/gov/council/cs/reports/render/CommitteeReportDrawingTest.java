package uk.gov.council.cs.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.ReportTemplates;

/** A report of every kind of block draws as a tagged PDF whose text says what the report holds. */
class CommitteeReportDrawingTest {

    @Test
    void aReportDrawsAsATaggedPdfWithItsFigures() throws IOException {
        ReportTemplates templates = new ReportTemplates();
        JasperPrint print = ReportDocuments.fill(SampleReports.quarterly(),
                new ReportDocuments.Templates(templates.get("committee-report"), templates.get("figure-table")), null);
        byte[] pdf = ReportDocuments.pdf(print);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Quarterly performance report"), text);
            assertTrue(text.contains("Q2 2026-27 (July to September 2026)"), text);
            assertTrue(text.contains("1,140"), text);
            assertTrue(text.contains("1 to 4"), text);
            assertTrue(text.contains("Appendix: how each figure is counted"), text);
            assertTrue(document.getDocumentCatalog().getMarkInfo() != null && document.getDocumentCatalog().getMarkInfo().isMarked(),
                    "the PDF is tagged");
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertEquals("Quarterly performance report: Q2 2026-27 (July to September 2026)",
                    document.getDocumentInformation().getTitle());
            Path previews = Path.of("target", "report-previews");
            Files.createDirectories(previews);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                ImageIO.write(image, "png", previews.resolve("sample-quarterly-" + (page + 1) + ".png").toFile());
            }
        }
        byte[] xlsx = ReportDocuments.xlsx(print);
        assertTrue(xlsx.length > 1000);
        Files.write(Path.of("target", "report-previews", "sample.xlsx"), xlsx);
    }
}
