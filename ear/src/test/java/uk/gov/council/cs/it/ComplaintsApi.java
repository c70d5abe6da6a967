package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/** Complaints as the tests drive them through the API, each step as the role that takes it. */
final class ComplaintsApi {

    private ComplaintsApi() {
    }

    /** A complaint about the first demo service from a new resident; received today unless a day is given. */
    static long log(String username, long resident, LocalDate receivedOn) {
        HttpResponse<String> logged = Council.postJson("feedback", username, "{\"residentId\":" + resident
                + ",\"kind\":\"COMPLAINT\",\"channel\":\"EMAIL\",\"serviceId\":" + Residents.firstServiceId()
                + ",\"category\":\"DELAY\",\"summary\":\"Waited six weeks for a repair\""
                + (receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\"") + "}");
        assertEquals(201, logged.statusCode(), logged::body);
        return Council.json(logged).get("id").asLong();
    }

    static long newResident(String forename) {
        // A birthday of its own, so test residents never look like each other to the identity matcher.
        long n = System.nanoTime();
        String born = String.format("19%02d-%02d-%02d", 40 + n % 50, 1 + (n / 50) % 12, 1 + (n / 600) % 28);
        return Residents.withProfile(forename, Council.uniqueSurname(), born, "SE15 4QB", "07700 900555", "JP 55 55 55 A");
    }

    /** A step that must succeed, returning the complaint as it then is. */
    static JsonNode step(long id, String step, String username, String json) {
        HttpResponse<String> r = post(id, step, username, json);
        assertEquals(200, r.statusCode(), () -> step + " as " + username + ": " + r.body());
        return Council.json(r);
    }

    static HttpResponse<String> post(long id, String step, String username, String json) {
        return Council.postJson("complaints/" + id + "/" + step, username, json == null ? "{}" : json);
    }

    static JsonNode find(long id) {
        HttpResponse<String> r = Council.get("complaints/" + id, "complaints-officer");
        assertEquals(200, r.statusCode(), r::body);
        return Council.json(r);
    }

    /** Logged, acknowledged, accepted and with an investigator: ready for its stage 1 response. */
    static long underInvestigation(String investigator) {
        long id = log("adviser", newResident("Marta"), null);
        step(id, "acknowledge", "complaints-officer", null);
        step(id, "accept", "complaints-officer", null);
        step(id, "assign", "complaints-officer", "{\"username\":\"" + investigator + "\"}");
        return id;
    }

    static String response(String outcome) {
        return "{\"outcome\":\"" + outcome + "\",\"response\":\"The repair was booked late; the contractor missed two visits.\","
                + "\"remedies\":[{\"type\":\"APOLOGY\",\"description\":\"For the missed visits\"},"
                + "{\"type\":\"FINANCIAL\",\"description\":\"Time and trouble\",\"amount\":75}],"
                + "\"lessonsLearned\":\"Contractor visits are now confirmed by text the day before.\"}";
    }
}
