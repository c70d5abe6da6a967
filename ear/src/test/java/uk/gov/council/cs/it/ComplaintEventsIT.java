package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/** A back-office system subscribed to the ComplaintEvents topic hears a complaint open, get its response and close. */
class ComplaintEventsIT extends DeployedCouncil {

    @Test
    void aSubscriberReceivesOpenedRespondedAndClosed() throws Exception {
        try (ActiveMQConnectionFactory cf = BackOffice.connectionFactory();
             JMSContext jms = cf.createContext("back-office-system", Council.DEMO_PASSWORD);
             JMSConsumer consumer = jms.createConsumer(jms.createTopic("ComplaintEvents"))) {
            long id = ComplaintsApi.underInvestigation("investigating-officer");
            ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("UPHELD"));
            ComplaintsApi.step(id, "close", "complaints-officer", "{\"reason\":\"Resident satisfied\"}");

            List<JsonNode> mine = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (mine.size() < 3 && System.currentTimeMillis() < deadline) {
                TextMessage m = (TextMessage) consumer.receive(1000);
                if (m != null) {
                    JsonNode event = Council.JSON.readTree(m.getText());
                    if (event.get("complaintId").asLong() == id) {
                        mine.add(event);
                    }
                }
            }
            assertEquals(List.of("complaint.opened", "complaint.responded", "complaint.closed"),
                    mine.stream().map(e -> e.get("type").asText()).toList(), mine::toString);
            JsonNode responded = mine.get(1);
            assertEquals(1, responded.get("schemaVersion").asInt());
            assertEquals("UPHELD", responded.get("outcome").asText());
            assertEquals("C" + id, responded.get("reference").asText());
            assertNotNull(responded.get("residentReferences"));
            assertTrue(!responded.toString().contains("Marta"), "no names in events: " + responded);
        }
    }

    @Test
    void anAdviserCannotSubscribe() {
        try (ActiveMQConnectionFactory cf = BackOffice.connectionFactory();
             JMSContext jms = cf.createContext("adviser", Council.DEMO_PASSWORD)) {
            JMSRuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(JMSRuntimeException.class,
                    () -> jms.createConsumer(jms.createTopic("ComplaintEvents")));
            assertTrue(refused.getMessage().contains("AMQ229213") || refused.getMessage().toLowerCase().contains("permission"),
                    refused::getMessage);
        }
    }
}
