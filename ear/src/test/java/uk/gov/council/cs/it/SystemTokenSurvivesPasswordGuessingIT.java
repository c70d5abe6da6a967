package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A system account calls the API with its token. Someone guessing its password gets nowhere (system
 * accounts take no password) and locks nothing: the token keeps working throughout, and is refused
 * only once an administrator revokes it.
 */
class SystemTokenSurvivesPasswordGuessingIT extends DeployedCouncil {

    private static HttpResponse<String> withToken(String token) {
        return Council.send(Council.api("residents/count", null).header("Authorization", "Bearer " + token).GET().build());
    }

    @Test
    void guessingASystemAccountsPasswordNeverLocksOutItsToken() {
        String[] system = StaffAccountsApi.system("housing-feed", List.of("back-office-system", "senior-manager"));
        String username = system[0];
        String token = system[1];
        assertEquals(200, withToken(token).statusCode(), "the token works");

        for (int i = 1; i <= 25; i++) {
            HttpResponse<String> guess = Council.send(Council.api("residents/count", username, "guess-" + i).GET().build());
            assertEquals(401, guess.statusCode());
            assertTrue(guess.body().contains("system account"), guess::body);
            assertEquals(200, withToken(token).statusCode(), "the token still works after " + i + " guesses");
        }
        HttpResponse<String> asBasic = Council.send(Council.api("residents/count", username, token).GET().build());
        assertEquals(200, asBasic.statusCode(), "the token also works as the password of HTTP Basic, for clients that only do Basic");
        assertTrue(StaffAccountsApi.signIns(username).toString().contains("SYSTEM_ACCOUNT"), "the guesses are kept");

        String tokenId = null;
        for (var t : Council.json(Council.get("staff/api-tokens", "administrator"))) {
            if (t.get("username").asText().equals(username)) {
                tokenId = t.get("id").asText();
                assertTrue(!t.toString().contains(token), "the token itself is never shown again");
            }
        }
        HttpResponse<String> revoked = Council.send(Council.api("staff/api-tokens/" + tokenId + "/revoke", "administrator")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, revoked.statusCode(), revoked::body);
        HttpResponse<String> refused = withToken(token);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("token is not valid"), refused::body);
    }
}
