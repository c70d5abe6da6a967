package uk.gov.council.cs.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Residents made for a test through the API, as an adviser would make them. */
final class Residents {

    private Residents() {
    }

    /** Registers a resident and gives them a full profile; returns the new id. */
    static long withProfile(String forename, String surname, String dateOfBirth, String postcode, String phone, String ni) {
        HttpResponse<String> created = Council.postJson("residents", "adviser", "{\"forename\":\"" + forename
                + "\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"postcode\":\"" + postcode + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("register: HTTP " + created.statusCode() + " " + created.body());
        }
        long id = Council.json(created).get("resident").get("id").asLong();
        String profile = "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"" + dateOfBirth
                + "\",\"address\":{\"paon\":\"14\",\"street\":\"Rye Lane\",\"town\":\"London\",\"postcode\":\"" + postcode
                + "\",\"uprn\":100023456789},\"niNumber\":\"" + ni + "\",\"phones\":[\"" + phone
                + "\"],\"emails\":[],\"preferredLanguage\":\"Polish\",\"interpreterNeeded\":true,"
                + "\"communicationNeeds\":[\"LARGE_PRINT\"],\"reasonableAdjustments\":null}";
        HttpResponse<String> updated = Council.send(Council.api("residents/" + id + "/profile", "adviser")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(profile)).build());
        if (updated.statusCode() != 200) {
            throw new AssertionError("profile: HTTP " + updated.statusCode() + " " + updated.body());
        }
        return id;
    }

    /** Registers a resident with only what a back-office feed sends; returns the API's answer. */
    static HttpResponse<String> register(String forename, String surname, String dateOfBirth, String postcode) {
        return Council.postJson("residents", "adviser", "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname
                + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"postcode\":\"" + postcode + "\"}");
    }

    /** Logs a five-minute telephone contact about the first service; returns the contact's id. */
    static long logContact(long residentId, String reason) {
        java.time.Instant end = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        HttpResponse<String> r = Council.postJson("residents/" + residentId + "/contacts", "adviser",
                "{\"channel\":\"TELEPHONE\",\"contactType\":\"TRANSACTION\",\"serviceId\":" + firstServiceId()
                        + ",\"reason\":\"" + reason + "\",\"outcome\":\"Job raised\",\"resolvedAtFirstPoint\":true,"
                        + "\"avoidable\":false,\"startedAt\":\"" + end.minusSeconds(300) + "\",\"endedAt\":\"" + end + "\"}");
        if (r.statusCode() != 201) {
            throw new AssertionError("contact: HTTP " + r.statusCode() + " " + r.body());
        }
        return Council.json(r).get("id").asLong();
    }

    static JsonNode search(String typed, String username) {
        HttpResponse<String> r = Council.get("residents/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8), username);
        if (r.statusCode() != 200) {
            throw new AssertionError("search: HTTP " + r.statusCode() + " " + r.body());
        }
        return Council.json(r);
    }

    static long firstServiceId() {
        return Council.json(Council.get("services", "adviser")).get(0).get("id").asLong();
    }
}
