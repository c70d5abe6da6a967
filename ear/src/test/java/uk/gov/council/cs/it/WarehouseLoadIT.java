package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The warehouse load copies today's residents per area from the operational schema. */
class WarehouseLoadIT extends DeployedCouncil {

    static JsonNode load() {
        HttpResponse<String> r = Council.send(Council.api("warehouse/loads", "administrator")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode(), r::body);
        return Council.json(r);
    }

    @Test
    void theSnapshotCountsEveryResident() {
        String surname = Council.uniqueSurname();
        assertEquals(201, Council.postJson("residents", "adviser", "{\"forename\":\"Rhys\",\"surname\":\"" + surname
                + "\",\"dateOfBirth\":\"1990-09-09\",\"postcode\":\"SE24 0AB\"}").statusCode());

        JsonNode first = load();
        assertEquals(Council.residentCount(), first.get("residents").asLong());

        JsonNode again = load();
        assertEquals(first.get("residents").asLong(), again.get("residents").asLong(), "a repeated load replaces, not adds");
        assertEquals(first.get("areas").asInt(), again.get("areas").asInt());
    }
}
