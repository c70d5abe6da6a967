package uk.gov.council.cs.it;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.JMSContext;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A back-office system (housing, benefits) sending to the council's queues from outside the server. */
final class BackOffice {

    private BackOffice() {
    }

    static ActiveMQConnectionFactory connectionFactory() {
        // Artemis core protocol over HTTP upgrade on the server's web port, as WildFly exposes it.
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("tcp://localhost:" + Council.HTTP_PORT
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
        cf.setEnable1xPrefixes(true);
        return cf;
    }

    static void send(String username, String queue, String body) {
        try (ActiveMQConnectionFactory cf = connectionFactory();
             JMSContext jms = cf.createContext(username, Council.DEMO_PASSWORD)) {
            jms.createProducer().send(jms.createQueue(queue), body);
        }
    }

    static String resident(String forename, String surname, String dateOfBirth, String postcode) {
        return "{\"sourceSystem\":\"housing\",\"sourceReference\":\"TEN-" + surname + "\",\"forename\":\"" + forename
                + "\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"postcode\":\"" + postcode + "\"}";
    }

    /** An administrator replays a rejected record with the corrected message. */
    static java.net.http.HttpResponse<String> replay(long rejectedRecord, String corrected) {
        return Council.send(Council.api("rejected-records/" + rejectedRecord + "/replay", "administrator")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(corrected)).build());
    }

    /** The quarantined record whose payload contains the fragment, as the administrator sees it, or null. */
    static JsonNode quarantined(String payloadFragment) {
        for (JsonNode r : Council.json(Council.get("rejected-records?max=500", "administrator"))) {
            if (r.get("payload").asText().contains(payloadFragment)) {
                return r;
            }
        }
        return null;
    }
}
