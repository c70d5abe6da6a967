package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An administrator imports the borough's population from ONS's Census tables: the council's row is
 * kept, a row that cannot be read waits in Rejected records with its reason, and, corrected, replays.
 */
class CensusImportIT extends DeployedCouncil {

    private static final String RELIGION_HEADER = "date,geography,geography code,Religion: Total: All usual residents,"
            + "Religion: No religion,Religion: Christian,Religion: Buddhist,Religion: Hindu,Religion: Jewish,Religion: Muslim,"
            + "Religion: Sikh,Religion: Other religion,Religion: Not answered";

    private static HttpResponse<String> upload(String username, String csv) {
        return Council.send(Council.api("borough-population/census", username).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private static long figure(String label) {
        for (JsonNode f : Council.json(Council.get("borough-population", "equality-officer"))) {
            if (f.get("table").asText().equals("TS030") && f.get("censusLabel").asText().equals(label)) {
                return f.get("residents").asLong();
            }
        }
        throw new AssertionError("no TS030 figure " + label);
    }

    @Test
    void aBadRowForTheBoroughIsKeptWithItsReasonAndReplaysOnceCorrected() {
        String badRow = "2021,Demo Borough,E09000099,307600,110000,130000,3400,3100,900,2.9e4,600,2500,24100";
        String csv = RELIGION_HEADER + "\n2021,Northern Neighbour,E09000098,241300,1,2,3,4,5,6,7,8,9\n" + badRow + "\n";
        assertEquals(403, upload("equality-officer", csv).statusCode(), "only administrators import");

        HttpResponse<String> imported = upload("administrator", csv);
        assertEquals(200, imported.statusCode(), imported::body);
        JsonNode report = Council.json(imported);
        assertEquals(1, report.get("rowsRefused").asInt(), report::toString);
        assertEquals(1, report.get("otherAreas").asInt(), "the neighbour's row is not the council's");

        JsonNode waiting = BackOffice.quarantined("2.9e4");
        assertEquals("file:Census TS030", waiting.get("source").asText());
        assertEquals("Line 3: \"Religion: Muslim\" is \"2.9e4\", not a count of people.", waiting.get("reason").asText());
        String corrected = waiting.get("payload").asText().replace("2.9e4", "29000");
        HttpResponse<String> replayed = BackOffice.replay(waiting.get("id").asLong(), corrected);
        assertEquals(202, replayed.statusCode(), replayed::body);
        assertEquals(29000L, figure("Muslim"));
        assertEquals(24100L, figure("Not answered"));
    }

    @Test
    void aFileInAnotherLayoutIsRefusedSayingWhatIsExpected() {
        HttpResponse<String> refused = upload("administrator", "Area,Religion,Count\nDemo Borough,Muslim,29000\n");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("The Census table was not imported.")
                && refused.body().contains("must name the columns date, geography and geography code"), refused::body);
    }

    @Test
    void theDemoBoroughsPopulationIsThereForTheEqualityReport() {
        JsonNode figures = Council.json(Council.get("borough-population", "senior-manager"));
        long sexes = 0;
        for (JsonNode f : figures) {
            if (f.get("table").asText().equals("TS008") && f.get("kind").asText().equals("CATEGORY")) {
                sexes += f.get("residents").asLong();
                assertEquals("E09000099", f.get("areaCode").asText());
            }
        }
        assertEquals(307600L, sexes, "women and men of the demo borough");
        assertEquals(403, Council.get("borough-population", "adviser").statusCode());
    }
}
