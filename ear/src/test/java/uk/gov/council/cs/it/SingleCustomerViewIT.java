package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** A contact logged through the API appears on the resident's timeline, filtered and paged, and the read is audited. */
class SingleCustomerViewIT extends DeployedCouncil {

    private static String contact(long serviceId, String reason) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "{\"channel\":\"TELEPHONE\",\"contactType\":\"TRANSACTION\",\"serviceId\":" + serviceId + ",\"reason\":\""
                + reason + "\",\"outcome\":\"Job raised\",\"resolvedAtFirstPoint\":true,\"avoidable\":false,"
                + "\"startedAt\":\"" + end.minusSeconds(300) + "\",\"endedAt\":\"" + end + "\"}";
    }

    @Test
    void aLoggedContactIsOnTheTimelineNewestFirst() {
        long id = Residents.withProfile("Marek", Council.uniqueSurname(), "1975-05-06", "SE15 4QB", "07700 900555", "JK 11 22 33 A");
        long service = Residents.firstServiceId();
        assertEquals(201, Council.postJson("residents/" + id + "/contacts", "adviser", contact(service, "Missed bin")).statusCode());
        HttpResponse<String> second = Council.postJson("residents/" + id + "/contacts", "adviser", contact(service, "Chasing the bin"));
        assertEquals(201, second.statusCode(), second::body);
        assertEquals("adviser", Council.json(second).get("handledBy").asText());
        String location = second.headers().firstValue("Location").orElseThrow();
        assertEquals(200, Council.send(Council.api(location.substring(location.indexOf("/api/") + 5), "adviser").GET().build())
                .statusCode(), "the new contact can be opened where its Location says");

        JsonNode page = Council.json(Council.send(Council.api("residents/" + id + "/timeline", "complaints-officer")
                .header("X-Purpose", "checking contact history").GET().build()));
        assertEquals(2, page.get("total").asLong());
        JsonNode newest = page.get("items").get(0);
        assertEquals("contact", newest.get("kind").asText());
        assertTrue(newest.get("summary").asText().startsWith("Telephone: Chasing the bin"), newest::toString);
        assertTrue(newest.hasNonNull("serviceName"), "the entry names its service: " + newest);
        assertEquals("adviser", newest.get("recordedBy").asText(), "the entry names who handled the contact");

        JsonNode audit = Council.json(Council.get("audit?subjectType=resident&subjectId=" + id, "administrator"));
        boolean auditedRead = false;
        for (JsonNode row : audit) {
            auditedRead |= row.get("username").asText().equals("complaints-officer") && row.get("action").asText().equals("READ")
                    && row.get("purpose").asText().equals("checking contact history");
        }
        assertTrue(auditedRead, "the timeline read is audited with its purpose: " + audit);
    }

    @Test
    void theTimelineFiltersByKindAndDate() {
        long id = Residents.withProfile("Ines", Council.uniqueSurname(), "1988-01-20", "SE5 9RS", "07700 900556", "JK 11 22 33 B");
        assertEquals(201, Council.postJson("residents/" + id + "/contacts", "adviser", contact(Residents.firstServiceId(), "Rent query")).statusCode());
        assertEquals(0, Council.json(Council.get("residents/" + id + "/timeline?kind=complaint", "adviser")).get("total").asLong());
        assertEquals(0, Council.json(Council.get("residents/" + id + "/timeline?to=2000-01-01", "adviser")).get("total").asLong());
        assertEquals(1, Council.json(Council.get("residents/" + id + "/timeline?kind=contact", "adviser")).get("total").asLong());
        HttpResponse<String> bad = Council.get("residents/" + id + "/timeline?from=2026-12-01&to=2026-01-01", "adviser");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("before the 'from' date"), bad::body);
    }

    @Test
    void anIncompleteContactIsRefusedWithEveryReason() {
        long id = Residents.withProfile("Oskar", Council.uniqueSurname(), "1990-09-09", "SE1 7PB", "07700 900557", "JK 11 22 33 C");
        HttpResponse<String> r = Council.postJson("residents/" + id + "/contacts", "adviser",
                "{\"channel\":\"TELEPHONE\",\"avoidable\":true,\"startedAt\":\"" + Instant.now() + "\"}");
        assertEquals(400, r.statusCode());
        JsonNode problems = Council.json(r).get("problems");
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.toString().contains("Say why the contact was avoidable."), problems::toString);
        assertEquals(0, Council.json(Council.get("residents/" + id + "/timeline", "adviser")).get("total").asLong(),
                "a refused contact leaves nothing behind");
    }

    @Test
    void roleChecksOnTheCustomerRecord() {
        long id = Residents.withProfile("Petra", Council.uniqueSurname(), "1970-02-02", "SE1 7PB", "07700 900558", "JK 11 22 33 D");
        assertEquals(403, Council.get("residents/" + id + "/timeline", "equality-officer").statusCode());
        assertEquals(403, Council.get("residents/" + id + "/profile", "senior-manager").statusCode());
        assertEquals(403, Council.get("residents/search?q=Petra", "back-office-system").statusCode());
        assertEquals(403, Council.postJson("residents/" + id + "/contacts", "investigating-officer",
                contact(Residents.firstServiceId(), "x")).statusCode());
        assertEquals(403, Council.send(Council.api("services/local", "adviser").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Pest control")).build()).statusCode());
        assertEquals(404, Council.get("residents/999999999/timeline", "adviser").statusCode());
    }
}
