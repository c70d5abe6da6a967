package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The LGSL import keeps a refused row where an administrator can correct and replay it. */
class ServiceCatalogueIT extends DeployedCouncil {

    private static HttpResponse<String> importCsv(String csv) {
        return Council.send(Council.api("services/lgsl", "administrator").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    private static boolean inAtoZ(String name) {
        for (JsonNode s : Council.json(Council.get("services", "adviser"))) {
            if (s.get("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRefusedRowIsCorrectedAndReplayed() {
        String good = "Allotments " + Council.uniqueSurname();
        String bad = "Pest control " + Council.uniqueSurname();
        int id = 700_000 + (int) (System.nanoTime() % 100_000);
        HttpResponse<String> report = importCsv("Label,Identifier\n" + good + "," + id + "\n" + bad + ",not-a-number\n");
        assertEquals(200, report.statusCode(), report::body);
        assertEquals(1, Council.json(report).get("added").asInt());
        assertEquals(1, Council.json(report).get("refused").asInt());
        assertTrue(inAtoZ(good));

        JsonNode rejected = BackOffice.quarantined(bad);
        assertTrue(rejected.get("reason").asText().contains("is not a whole number"), rejected::toString);
        HttpResponse<String> replay = Council.send(Council.api("rejected-records/" + rejected.get("id").asLong() + "/replay",
                "administrator").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Label,Identifier\n" + bad + "," + (id + 1) + "\n")).build());
        assertEquals(202, replay.statusCode(), replay::body);
        assertTrue(inAtoZ(bad), "the corrected row is now a service");
    }

    @Test
    void aFileWithoutItsColumnsIsRefusedWhole() {
        HttpResponse<String> r = importCsv("Name,Code\nParks,1\n");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Label and Identifier"), r::body);
    }
}
