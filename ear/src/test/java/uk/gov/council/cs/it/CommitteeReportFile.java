package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A committee report downloaded through the API as a senior manager, and the PDF's text as the tests read it. */
final class CommitteeReportFile {

    private CommitteeReportFile() {
    }

    static byte[] download(String report, String period, String format) throws Exception {
        HttpResponse<byte[]> r = Council.client().send(Council.api("reports/" + report + "?period=" + period + "&format=" + format,
                "senior-manager").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(report + "-" + period + "." + format));
        return r.body();
    }

    /** The PDF's text, one space between words; its first pages kept as pictures (report-N.png) for a person to look at. */
    static String text(String report, byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path pictures = Path.of("target", "report-previews");
            Files.createDirectories(pictures);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 72), "png",
                        pictures.resolve(report + "-" + (page + 1) + ".png").toFile());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    static void assertLine(String text, String line) {
        assertTrue(text.lines().anyMatch(l -> l.strip().equals(line)), () -> "no line \"" + line + "\" in the PDF:\n" + text);
    }
}
