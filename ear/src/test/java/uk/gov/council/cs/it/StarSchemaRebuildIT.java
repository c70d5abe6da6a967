package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A full rebuild, as a new installation or new age bands need it, empties every fact and copies
 * everything again, reconciled; on PostgreSQL it empties them with TRUNCATE as the application's own
 * login, which owns nothing and may truncate only the warehouse's tables.
 */
class StarSchemaRebuildIT extends DeployedCouncil {

    @Test
    void aRebuildCopiesEverythingAgainAndReconciles() {
        long resident = ComplaintsApi.newResident("Rhiannon");
        long contact = Residents.logContact(resident, "Garden waste subscription");
        assertEquals("SUCCEEDED", Warehouse.loadChanges().get("status").asText());
        long before = (Long) Warehouse.row("SELECT COUNT(*) AS n FROM warehouse.fact_contact").get("n");

        HttpResponse<String> r = Council.send(Council.api("warehouse/fact-loads/rebuild", "administrator")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode(), r::body);
        JsonNode rebuilt = Council.json(r);
        assertEquals("SUCCEEDED", rebuilt.get("status").asText(), rebuilt::toString);
        assertEquals("REBUILD", rebuilt.get("kind").asText());
        assertEquals(before, (Long) Warehouse.row("SELECT COUNT(*) AS n FROM warehouse.fact_contact").get("n"),
                "the same contact facts after a rebuild");
        assertEquals(1L, (Long) Warehouse.row("SELECT COUNT(*) AS n FROM warehouse.fact_contact WHERE contact_id = ?", contact).get("n"));
        assertEquals("SUCCEEDED", Warehouse.loadChanges().get("status").asText(), "and the next load of changes still reconciles");
    }
}
