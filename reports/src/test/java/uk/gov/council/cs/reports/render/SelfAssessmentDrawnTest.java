package uk.gov.council.cs.reports.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.ReportTemplates;
import uk.gov.council.cs.reports.assessment.CodeSection;
import uk.gov.council.cs.reports.assessment.Compliance;
import uk.gov.council.cs.reports.assessment.SectionAnswer;
import uk.gov.council.cs.reports.assessment.SelfAssessmentSection;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.ReportKind;

/** The self-assessment draws in the PDF: its findings table, then each section's finding, explanation and evidence in full. */
class SelfAssessmentDrawnTest {

    @Test
    void everySectionsWordsArePrintedInFull() throws IOException {
        String longExplanation = "Stage 2 responses were late too often in the first half of the year. ".repeat(6).strip();
        CommitteeReport report = new CommitteeReport(ReportKind.ANNUAL_COMPLAINTS, "Demo Borough Council", "2025-26", "2025-26",
                LocalDate.of(2026, 6, 1), List.of(), List.of(SelfAssessmentSection.of("2025-26", List.of(
                        new SectionAnswer(CodeSection.STAGES, Compliance.PARTLY, longExplanation, "Quarterly reports to Scrutiny",
                                3, Instant.parse("2026-05-12T10:00:00Z"), "administrator")))), List.of(), false);
        ReportTemplates templates = new ReportTemplates();
        byte[] pdf = ReportDocuments.pdf(ReportDocuments.fill(report,
                new ReportDocuments.Templates(templates.get("committee-report"), templates.get("figure-table")), null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Section 6: Complaint stages"), text);
            assertTrue(text.contains("Partly complies. " + longExplanation), text);
            assertTrue(text.contains("Evidence: Quarterly reports to Scrutiny"), text);
            assertTrue(text.contains("Section 9: Scrutiny and oversight: continuous learning and improvement"), text);
            Path previews = Path.of("target", "report-previews");
            Files.createDirectories(previews);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    previews.resolve("sample-self-assessment-1.png").toFile());
        }
    }
}
