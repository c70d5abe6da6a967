package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The borough profile PDF, rendered by JasperReports from the warehouse, states the true resident count. */
class BoroughProfilePdfIT extends DeployedCouncil {

    @Test
    void thePdfStatesTheResidentCountOfTheDatabase() throws Exception {
        WarehouseLoadIT.load();
        long inDatabase = Council.residentCount();

        HttpResponse<byte[]> pdf = Council.client().send(Council.api("reports/borough-profile.pdf", "senior-manager").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("borough profile"), text);
        Matcher total = Pattern.compile("Total residents: (\\d+)").matcher(text);
        assertTrue(total.find(), () -> "no total in the PDF: " + text);
        assertEquals(inDatabase, Long.parseLong(total.group(1)));
    }
}
