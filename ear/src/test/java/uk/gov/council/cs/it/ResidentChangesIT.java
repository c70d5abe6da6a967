package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * A back-office system subscribed to ResidentChanges hears of a resident's new address, with its own
 * reference for them, once the change commits; a change the database refuses after it was published
 * inside the transaction (the audit row that comes last) is never heard of.
 */
class ResidentChangesIT extends DeployedCouncil {

    @Test
    void aSubscriberHearsOfACommittedChangeOfAddressAndNotOfOneRolledBack() throws Exception {
        String surname = Council.uniqueSurname();
        String ni = String.format("JK%06dA", System.nanoTime() % 1_000_000);
        long id = Residents.withProfile("Aisha", surname, "1984-03-02", "SE15 4QB", "07700900123", ni);
        String tenancy = "TEN-" + id;
        assertEquals(200, Council.send(Council.api("residents/" + id + "/references/HOUSING_TENANCY/" + tenancy, "adviser")
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        String marker = "refuse change " + id;
        String check = "refuse_change_" + id;

        try (ActiveMQConnectionFactory cf = BackOffice.connectionFactory();
             JMSContext jms = cf.createContext("back-office-system", Council.DEMO_PASSWORD);
             JMSConsumer consumer = jms.createConsumer(jms.createTopic("ResidentChanges"))) {
            CouncilDatabase.execute("ALTER TABLE audit_event ADD CONSTRAINT " + check + " CHECK (purpose IS NULL OR purpose <> '"
                    + marker + "')");
            HttpResponse<String> refused;
            try {
                refused = moveTo(id, surname, ni, "Flat 9", "9 Peckham Hill Street", "SE15 5JT", marker);
            } finally {
                CouncilDatabase.execute("ALTER TABLE audit_event DROP CONSTRAINT " + check);
            }
            assertEquals(500, refused.statusCode(), refused::body);
            assertEquals(200, moveTo(id, surname, ni, "Flat 2", "4 Rye Lane", "SE15 5EW", "moved").statusCode());

            List<JsonNode> heard = changesTo(consumer, id);
            assertEquals(1, heard.size(), () -> "one change, the one kept: " + heard);
            JsonNode change = heard.get(0);
            assertEquals("resident.changed", change.get("type").asText());
            assertEquals(1, change.get("schemaVersion").asInt());
            assertEquals("[\"address\"]", change.get("changed").toString());
            assertEquals(tenancy, change.get("residentReferences").get("housing-tenancy").asText());
            assertEquals("SE15 5EW", change.get("address").get("postcode").asText());
            assertEquals("Flat 2", change.get("address").get("saon").asText());
            assertTrue(Council.absent(change, "name") && Council.absent(change, "phones"), () -> "only what changed: " + change);
        }
        JsonNode profile = Council.json(Council.get("residents/" + id + "/profile", "adviser"));
        assertEquals("SE15 5EW", profile.get("address").get("postcode").asText(), "the refused move was not kept either");
    }

    private static HttpResponse<String> moveTo(long id, String surname, String ni, String saon, String street, String postcode, String purpose) {
        String[] number = street.split(" ", 2);
        String profile = "{\"forename\":\"Aisha\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"1984-03-02\",\"address\":{\"saon\":\""
                + saon + "\",\"paon\":\"" + number[0] + "\",\"street\":\"" + number[1] + "\",\"town\":\"London\",\"postcode\":\"" + postcode
                + "\"},\"niNumber\":\"" + ni + "\",\"phones\":[\"07700900123\"],\"emails\":[],\"preferredLanguage\":\"Polish\","
                + "\"interpreterNeeded\":true,\"communicationNeeds\":[\"LARGE_PRINT\"],\"reasonableAdjustments\":null}";
        return Council.send(Council.api("residents/" + id + "/profile", "adviser").header("X-Purpose", purpose)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(profile)).build());
    }

    /** The changes to this resident heard within a few quiet seconds of the last. */
    private static List<JsonNode> changesTo(JMSConsumer consumer, long id) throws Exception {
        List<JsonNode> heard = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            TextMessage m = (TextMessage) consumer.receive(500);
            if (m == null) {
                continue;
            }
            JsonNode change = Council.JSON.readTree(m.getText());
            if (change.get("residentId").asLong() == id) {
                heard.add(change);
                deadline = Math.min(deadline, System.currentTimeMillis() + 3_000);
            }
        }
        return heard;
    }
}
