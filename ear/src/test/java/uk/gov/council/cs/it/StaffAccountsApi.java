package uk.gov.council.cs.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/** Staff and system accounts a test makes for itself, through the administrators' API, so demo sign-ins are never locked. */
final class StaffAccountsApi {

    static final List<String> EVERY_PERSON_ROLE = List.of("adviser", "complaints-officer", "investigating-officer",
            "head-of-service", "equality-officer", "senior-manager", "administrator");

    private StaffAccountsApi() {
    }

    /** A new person's account with these roles and password; returns its username. */
    static String person(String prefix, String password, List<String> roles) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> r = Council.postJson("staff", "administrator", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test " + prefix + "\",\"password\":\"" + password + "\",\"roles\":" + json(roles) + "}");
        if (r.statusCode() != 201) {
            throw new AssertionError("create " + username + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return username;
    }

    /** A new system account with a token; returns {username, token}. */
    static String[] system(String prefix, List<String> roles) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> r = Council.postJson("staff", "administrator", "{\"username\":\"" + username
                + "\",\"displayName\":\"Test system " + prefix + "\",\"system\":true,\"roles\":" + json(roles) + "}");
        if (r.statusCode() != 201) {
            throw new AssertionError("create " + username + ": HTTP " + r.statusCode() + " " + r.body());
        }
        HttpResponse<String> t = Council.postJson("staff/" + username + "/api-tokens", "administrator", "{\"label\":\"test\"}");
        if (t.statusCode() != 201) {
            throw new AssertionError("token for " + username + ": HTTP " + t.statusCode() + " " + t.body());
        }
        return new String[] {username, Council.json(t).get("token").asText()};
    }

    static HttpResponse<String> put(String path, String json) {
        return Council.send(Council.api(path, "administrator").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static JsonNode signIns(String username) {
        HttpResponse<String> r = Council.get("staff/" + username + "/sign-ins", "administrator");
        if (r.statusCode() != 200) {
            throw new AssertionError("sign-ins of " + username + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return Council.json(r);
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
