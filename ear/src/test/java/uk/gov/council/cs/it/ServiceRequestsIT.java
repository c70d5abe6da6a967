package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service request gets its due dates from the published standards and each step reaches the timeline. */
class ServiceRequestsIT extends DeployedCouncil {

    @Test
    void aRequestIsMeasuredAgainstTheStandardsAndShownOnTheTimeline() {
        long resident = Residents.withProfile("Bogdan", Council.uniqueSurname(), "1980-04-04", "SE15 4QB", "07700 900321", "JP 12 34 56 C");
        HttpResponse<String> logged = Council.postJson("service-requests", "adviser", "{\"residentId\":" + resident
                + ",\"serviceId\":" + Residents.firstServiceId() + ",\"channel\":\"POST\",\"description\":\"Replace the broken wheelie bin\"}");
        assertEquals(201, logged.statusCode(), logged::body);
        JsonNode request = Council.json(logged);
        JsonNode acknowledge = request.get("steps").get(0);
        assertEquals("ACKNOWLEDGE", acknowledge.get("step").asText());
        assertEquals("DUE", acknowledge.get("standing").asText());
        assertTrue(acknowledge.has("dueBy"), "the demo's letter standard sets a date: " + request);

        long id = request.get("id").asLong();
        HttpResponse<String> done = Council.postJson("service-requests/" + id + "/steps", "adviser", "{\"step\":\"CLOSE\",\"note\":\"Bin delivered\"}");
        assertEquals(200, done.statusCode(), done::body);
        assertEquals("MET", Council.json(done).get("steps").get(2).get("standing").asText());
        HttpResponse<String> again = Council.postJson("service-requests/" + id + "/steps", "adviser", "{\"step\":\"FULFIL\"}");
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("The request is closed"), again::body);

        JsonNode timeline = Council.json(Council.get("residents/" + resident + "/timeline?kind=service-request", "adviser"));
        assertEquals(2, timeline.get("total").asInt(), timeline::toString);
        assertTrue(timeline.get("items").get(0).get("summary").asText().startsWith("Service request closed"), timeline::toString);
        assertEquals(0, Council.json(Council.get("service-requests?resident=" + resident, "adviser")).size(), "nothing left open");
    }

    @Test
    void aRequestClosedWithoutBeingFulfilledSaysWhyAndItsFulfilmentIsNotNeededNotOverdue() {
        String name = "Graffiti removal " + Council.uniqueSurname();
        HttpResponse<String> added = Council.send(Council.api("services/local", "administrator")
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(name)).build());
        long service = Council.json(added).get("id").asLong();
        long resident = Residents.withProfile("Odile", Council.uniqueSurname(), "1983-08-08", "SE15 4QB", "07700 900987", "JT 22 33 44 B");
        HttpResponse<String> logged = Council.postJson("service-requests", "adviser", "{\"residentId\":" + resident
                + ",\"serviceId\":" + service + ",\"channel\":\"WEB\",\"description\":\"Graffiti on the garage doors\"}");
        long id = Council.json(logged).get("id").asLong();

        HttpResponse<String> noReason = Council.postJson("service-requests/" + id + "/steps", "adviser", "{\"step\":\"CLOSE\"}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("say why it is closed without being fulfilled"), noReason::body);
        HttpResponse<String> closed = Council.postJson("service-requests/" + id + "/steps", "adviser",
                "{\"step\":\"CLOSE\",\"note\":\"The owner painted over it before our visit\"}");
        assertEquals(200, closed.statusCode(), closed::body);
        assertEquals("NOT_NEEDED", Council.json(closed).get("steps").get(1).get("standing").asText(),
                "the fulfilment it was closed without, before its date");

        String today = WorkingDayCount.today().toString();
        JsonNode performance = Council.json(Council.get("service-standards/performance?from=" + today + "&to=" + today, "senior-manager"));
        JsonNode fulfil = null;
        for (JsonNode line : performance) {
            if (line.get("service").asText().equals(name) && line.get("step").asText().equals("FULFIL")) {
                fulfil = line;
            }
        }
        assertTrue(fulfil != null, "the service's fulfil line: " + performance);
        assertEquals(List.of(0, 0, 0, 0, 1), List.of(fulfil.get("met").asInt(), fulfil.get("missed").asInt(),
                fulfil.get("overdue").asInt(), fulfil.get("pending").asInt(), fulfil.get("notNeeded").asInt()),
                "met, missed, overdue, pending, not needed: " + fulfil);
    }

    @Test
    void onlyAdministratorsPublishStandardsAndBadOnesAreRefused() {
        String standard = "{\"serviceId\":null,\"channel\":\"WEBCHAT\",\"step\":\"ACKNOWLEDGE\",\"workingDays\":1,\"description\":\"Webchat followed up next day\"}";
        assertEquals(403, Council.postJson("service-standards", "adviser", standard).statusCode());
        assertEquals(200, Council.postJson("service-standards", "administrator", standard).statusCode());
        HttpResponse<String> twice = Council.postJson("service-standards", "administrator", standard);
        assertEquals(400, twice.statusCode(), "a second standard for the same service, channel and step would never apply");
        assertTrue(twice.body().contains("already sets this step for the same service and channel"), twice::body);
        HttpResponse<String> bad = Council.postJson("service-standards", "administrator",
                "{\"step\":\"FULFIL\",\"workingDays\":400,\"description\":\"\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("The target must be from 0 to 260 working days."), bad::body);
        assertEquals(200, Council.get("service-standards/performance?from=2026-01-01&to=2026-12-31", "senior-manager").statusCode());
    }
}
