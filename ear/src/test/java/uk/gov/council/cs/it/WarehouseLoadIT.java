package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The warehouse load copies today's residents per postcode district, and loading again the same day
 * replaces the day's figures rather than adding to them. The figures are read back from the warehouse
 * itself (through the borough profile, the report that reads it) for a district only this test uses,
 * so the expected counts are known by hand.
 */
class WarehouseLoadIT extends DeployedCouncil {

    /** A postcode district far from the demo borough, used by no other test. */
    private static final String DISTRICT = "TD15";

    static JsonNode load() {
        HttpResponse<String> r = Council.send(Council.api("warehouse/loads", "administrator")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode(), r::body);
        return Council.json(r);
    }

    /** The residents the warehouse holds for the district in its latest snapshot, as the report prints them. */
    private static int inTheWarehouse(String district) throws Exception {
        HttpResponse<byte[]> pdf = Council.client().send(Council.api("reports/borough-profile.pdf", "senior-manager").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        Matcher row = Pattern.compile("(?m)^" + district + "\\s+(\\d+)\\s*$").matcher(text);
        assertTrue(row.find(), () -> "no row for " + district + " in the borough profile:\n" + text);
        return Integer.parseInt(row.group(1));
    }

    private static void register(String postcode) {
        HttpResponse<String> r = Residents.register("Morag", Council.uniqueSurname(), "1971-03-0" + (1 + postcode.length() % 8), postcode);
        assertEquals(201, r.statusCode(), r::body);
    }

    @Test
    void eachDistrictsResidentsAreLoadedAndALoadAgainReplacesTheDaysFigures() throws Exception {
        register(DISTRICT + " 1AA");
        register(DISTRICT + " 1AB");
        register(DISTRICT + " 2AD");

        load();
        assertEquals(3, inTheWarehouse(DISTRICT), "three residents registered in the district");
        load();
        assertEquals(3, inTheWarehouse(DISTRICT), "a second load the same day replaces the day's figures, not adds to them");

        register(DISTRICT + " 2AE");
        load();
        assertEquals(4, inTheWarehouse(DISTRICT), "and the next load sees the fourth");
    }
}
