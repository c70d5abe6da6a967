package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A load that dies part-way keeps the chunks it finished, and run again it resumes and ends with
 * exactly the rows a load that never died would have made. The load is made to stop after three
 * one-record chunks (council.warehouse.stop-after-chunks), with no overlap so the work is known.
 */
class StarSchemaRestartIT extends DeployedCouncil {

    @BeforeEach
    void catchUp() {
        Warehouse.loadChanges();
        ServerSettings.set("council.warehouse.overlap-seconds", "0");
        ServerSettings.set("council.warehouse.chunk-size", "1");
    }

    @AfterEach
    void backToNormal() {
        ServerSettings.remove("council.warehouse.stop-after-chunks");
        ServerSettings.remove("council.warehouse.chunk-size");
        ServerSettings.remove("council.warehouse.overlap-seconds");
    }

    @Test
    void aLoadKilledPartWayThenRunAgainGivesExactlyTheExpectedRows() {
        long resident = ComplaintsApi.newResident("Leopold");
        List<Long> contacts = List.of(Residents.logContact(resident, "Garden waste"), Residents.logContact(resident, "Bulky waste"),
                Residents.logContact(resident, "Street cleaning"));
        ServerSettings.set("council.warehouse.stop-after-chunks", "3");

        HttpResponse<String> died = Warehouse.tryLoad();
        assertEquals(500, died.statusCode(), died::body);
        JsonNode failed = Warehouse.latestLoad();
        assertEquals("FAILED", failed.get("status").asText());
        assertTrue(failed.get("detail").asText().contains("stopped after 3 chunks"), failed::toString);
        long partly = (Long) Warehouse.row("SELECT COUNT(*) AS n FROM warehouse.fact_contact WHERE resident_id = ?", resident).get("n");
        assertEquals(2L, partly, "the resident, then two of the three contacts, were committed before it stopped");

        ServerSettings.remove("council.warehouse.stop-after-chunks");
        JsonNode resumed = Warehouse.loadChanges();
        assertEquals("SUCCEEDED", resumed.get("status").asText(), resumed::toString);
        List<Map<String, Object>> rows = Warehouse.rows("SELECT contact_id FROM warehouse.fact_contact WHERE resident_id = ?"
                + " ORDER BY contact_id", resident);
        assertEquals(contacts.stream().sorted().toList(), rows.stream().map(r -> r.get("contact_id")).toList(),
                "each contact exactly once");
    }
}
