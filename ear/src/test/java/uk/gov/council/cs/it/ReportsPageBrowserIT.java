package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A senior manager runs the quarterly performance report for a quarter on the Reports page and gets its PDF. */
class ReportsPageBrowserIT extends InTheBrowser {

    @Test
    void aSeniorManagerDownloadsTheQuarterlyReportAsPdf() throws Exception {
        Warehouse.loadChanges();
        Browser.signIn(browser, "senior-manager", "/reports/index.xhtml");
        assertTrue(browser.findElement(By.id("report-quarterly-performance")).getText().contains("Quarterly performance report"));
        Select period = new Select(browser.findElement(By.id("period-quarterly-performance")));
        String quarter = period.getOptions().get(1).getAttribute("value");
        period.selectByValue(quarter);
        browser.findElement(By.id("pdf-quarterly-performance")).click();

        Path pdf = Browser.downloads(browser).resolve("quarterly-performance-" + quarter + ".pdf");
        Council.eventually(Duration.ofSeconds(30), "the PDF to be saved", () -> Files.isRegularFile(pdf) && pdf.toFile().length() > 0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Quarterly performance report"), text);
            assertTrue(text.contains("Contacts by channel"), text);
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }
    }
}
