package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten wrong passwords lock that account from the guessing address, and only that account: the API and
 * the sign-in page say it is locked and until when, every refused attempt is kept with who was tried,
 * from where and when (never the password), and an administrator's lift lets the member of staff in.
 */
class SignInLockoutIT extends DeployedCouncil {

    private static final String PASSWORD = "lockout-test-password";

    private static HttpResponse<String> count(String username, String password) {
        return Council.send(Council.api("residents/count", username, password).GET().build());
    }

    private static HttpResponse<String> signInForm(String username, String password) throws Exception {
        return Council.signIn(Council.browser(), "/index.xhtml", username, password);
    }

    @Test
    void tenWrongPasswordsLockOnlyThatAccountUntilAnAdministratorLiftsIt() throws Exception {
        String guessed = StaffAccountsApi.person("guessed", PASSWORD, List.of("adviser"));
        String colleague = StaffAccountsApi.person("colleague", PASSWORD, List.of("adviser"));
        assertEquals(200, count(guessed, PASSWORD).statusCode(), "the account works before the guessing");

        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> wrong = count(guessed, "wrong-guess-" + i);
            assertEquals(401, wrong.statusCode(), () -> "guess: " + wrong.body());
            assertTrue(wrong.body().contains("not right"), wrong::body);
        }

        HttpResponse<String> locked = count(guessed, PASSWORD);
        assertEquals(401, locked.statusCode(), "the right password is refused while the account is locked");
        assertTrue(locked.body().contains("locked") && locked.body().contains("until"), locked::body);
        assertTrue(locked.headers().firstValue("Retry-After").isPresent(), "Retry-After says when to try again");
        HttpResponse<String> page = signInForm(guessed, PASSWORD);
        assertTrue(page.body().contains("This account is locked after too many failed sign-ins from here, until"),
                () -> "the sign-in page says the account is locked and until when: HTTP " + page.statusCode());

        assertEquals(200, count(colleague, PASSWORD).statusCode(), "another account is not locked");

        JsonNode kept = StaffAccountsApi.signIns(guessed);
        long failed = 0;
        for (JsonNode attempt : kept) {
            assertEquals(guessed, attempt.get("username").asText());
            assertFalse(attempt.get("sourceAddress").asText().isBlank(), "where from: " + attempt);
            assertTrue(attempt.hasNonNull("attemptedAt"), "when: " + attempt);
            assertFalse(attempt.toString().contains("wrong-guess") || attempt.toString().contains(PASSWORD),
                    "no password is kept: " + attempt);
            if (attempt.get("outcome").asText().equals("FAILED")) {
                failed++;
            }
        }
        assertEquals(10, failed, "each wrong password is kept: " + kept);
        assertTrue(kept.toString().contains("LOCKED_OUT"), "the refusals while locked are kept too: " + kept);

        JsonNode overview = Council.json(Council.get("staff/sign-ins", "administrator"));
        JsonNode lock = null;
        for (JsonNode l : overview.get("locks")) {
            if (l.get("username").asText().equals(guessed)) {
                lock = l;
            }
        }
        assertTrue(lock != null, "administrators see the lock: " + overview.get("locks"));
        assertEquals(10, lock.get("failures").asInt());
        HttpResponse<String> lifted = Council.send(Council.api("staff/sign-in-locks/" + lock.get("id").asLong() + "/lift",
                "administrator").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, lifted.statusCode(), lifted::body);
        assertEquals("administrator", Council.json(lifted).get("liftedBy").asText());

        assertEquals(200, count(guessed, PASSWORD).statusCode(), "after the lift the member of staff is in");
        assertEquals(302, signInForm(guessed, PASSWORD).statusCode(), "and the sign-in form lets them in");
    }
}
