package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * "Calls answered within 20 seconds" for one service: each call keeps the target that applied when
 * it was logged, and the performance report counts the calls answered within it and those not.
 */
class CallAnsweringIT extends DeployedCouncil {

    @Test
    void callsAreMeasuredAgainstTheAnsweringTargetOfTheirService() {
        String name = "Pest control " + Council.uniqueSurname();
        HttpResponse<String> added = Council.send(Council.api("services/local", "administrator")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(name)).build());
        assertEquals(200, added.statusCode(), added::body);
        long service = Council.json(added).get("id").asLong();
        HttpResponse<String> published = Council.postJson("service-standards", "administrator", "{\"serviceId\":" + service
                + ",\"channel\":\"TELEPHONE\",\"step\":\"ANSWER\",\"workingDays\":0,\"answerSeconds\":20,"
                + "\"description\":\"Pest control calls answered within 20 seconds\"}");
        assertEquals(200, published.statusCode(), published::body);

        long resident = Residents.withProfile("Idris", Council.uniqueSurname(), "1977-07-07", "SE15 4QB", "07700 900654", "JT 48 26 93 A");
        assertEquals(20, call(resident, service, "TELEPHONE", 5).get("answerTargetSeconds").asInt(), "the target travels with the call");
        call(resident, service, "TELEPHONE", 20);
        call(resident, service, "TELEPHONE", 75);
        JsonNode webForm = call(resident, service, "WEB", null);
        assertTrue(!webForm.has("answerTargetSeconds") || webForm.get("answerTargetSeconds").isNull(), "a web form is not answered: " + webForm);

        HttpResponse<String> letter = Council.postJson("residents/" + resident + "/contacts", "adviser", contact(service, "POST", 30));
        assertEquals(400, letter.statusCode(), letter::body);
        assertTrue(letter.body().contains("A wait before answering is recorded for calls and webchats only, not for post."), letter::body);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        JsonNode lines = Council.json(Council.get("service-standards/performance?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                "senior-manager"));
        JsonNode answering = null;
        for (JsonNode line : lines) {
            if (name.equals(line.get("service").asText()) && "ANSWER".equals(line.get("step").asText())) {
                answering = line;
            }
        }
        assertTrue(answering != null, () -> "no answering line for " + name + " in " + lines);
        assertEquals(2, answering.get("met").asInt(), answering::toString);
        assertEquals(1, answering.get("missed").asInt(), answering::toString);
    }

    private static JsonNode call(long resident, long service, String channel, Integer waited) {
        HttpResponse<String> r = Council.postJson("residents/" + resident + "/contacts", "adviser", contact(service, channel, waited));
        assertEquals(201, r.statusCode(), r::body);
        return Council.json(r);
    }

    private static String contact(long service, String channel, Integer waited) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "{\"channel\":\"" + channel + "\",\"contactType\":\"TRANSACTION\",\"serviceId\":" + service
                + ",\"reason\":\"Rats in the garden\",\"resolvedAtFirstPoint\":true,\"avoidable\":false,\"startedAt\":\""
                + end.minusSeconds(240) + "\",\"endedAt\":\"" + end + "\"" + (waited == null ? "" : ",\"answeredAfterSeconds\":" + waited) + "}";
    }
}
