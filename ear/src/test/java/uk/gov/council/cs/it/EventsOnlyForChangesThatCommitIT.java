package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * A complaint event is sent when, and only when, the change it reports is kept. The database is made
 * to refuse the closing of a complaint after its "closed" event has been published inside the
 * transaction (a check on the history row the step writes last): the step fails, nothing of it is
 * kept, and subscribers hear nothing until the complaint really closes.
 */
class EventsOnlyForChangesThatCommitIT extends DeployedCouncil {

    @Test
    void aStepTheDatabaseRefusesAfterPublishingSendsNoEvent() throws Exception {
        long id = ComplaintsApi.underInvestigation("investigating-officer");
        ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("UPHELD"));
        String marker = "The database refuses this note " + id;
        String check = "refuse_note_" + id;

        try (ActiveMQConnectionFactory cf = BackOffice.connectionFactory();
             JMSContext jms = cf.createContext("back-office-system", Council.DEMO_PASSWORD);
             JMSConsumer consumer = jms.createConsumer(jms.createTopic("ComplaintEvents"))) {
            HttpResponse<String> refused;
            CouncilDatabase.execute("ALTER TABLE complaint_history ADD CONSTRAINT " + check
                    + " CHECK (note IS NULL OR note <> '" + marker + "')");
            try {
                refused = ComplaintsApi.post(id, "close", "complaints-officer", "{\"reason\":\"" + marker + "\"}");
            } finally {
                CouncilDatabase.execute("ALTER TABLE complaint_history DROP CONSTRAINT " + check);
            }
            assertEquals(500, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("Quote incident"), refused::body);
            assertEquals("RESPONDED", ComplaintsApi.find(id).get("state").asText(), "nothing of the failed close was kept");

            ComplaintsApi.step(id, "close", "complaints-officer", "{\"reason\":\"Resident satisfied\"}");
            assertEquals(List.of("complaint.closed"), eventsAbout(consumer, id),
                    "one event, from the close that was kept; none from the one rolled back");
        }
    }

    /** The types of the events about the complaint: until its close arrives, then two quiet seconds more. */
    private static List<String> eventsAbout(JMSConsumer consumer, long id) throws Exception {
        List<String> types = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            TextMessage m = (TextMessage) consumer.receive(500);
            if (m == null) {
                continue;
            }
            JsonNode event = Council.JSON.readTree(m.getText());
            if (event.get("complaintId").asLong() == id) {
                types.add(event.get("type").asText());
                if (event.get("type").asText().equals("complaint.closed")) {
                    deadline = Math.min(deadline, System.currentTimeMillis() + 2_000);
                }
            }
        }
        return types;
    }
}
