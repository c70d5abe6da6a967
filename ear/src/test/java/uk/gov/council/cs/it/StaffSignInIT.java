package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The staff UI: the sign-in form guards every page, and each page admits only its roles. */
class StaffSignInIT extends DeployedCouncil {

    private static HttpResponse<String> open(HttpClient browser, String page) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(Council.APP + page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a protected page (so the server remembers it), then signs in through the form. */
    private static HttpClient signedIn(String username, String page) throws Exception {
        HttpClient browser = Council.browser();
        HttpResponse<String> login = Council.signIn(browser, page, username, Council.DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), () -> "sign-in as " + username + ": " + login.body());
        return browser;
    }

    @Test
    void withoutSigningInEveryPageShowsTheSignInForm() throws Exception {
        for (String page : new String[] {"/index.xhtml", "/residents/index.xhtml", "/reports/index.xhtml", "/admin/rejected-records.xhtml"}) {
            HttpResponse<String> r = open(Council.browser(), page);
            assertTrue(r.body().contains("j_security_check") && r.body().contains("for=\"j_password\">Password</label>"),
                    () -> page + " did not show the sign-in form: HTTP " + r.statusCode());
        }
    }

    @Test
    void anAdviserOpensResidentSearch() throws Exception {
        HttpClient browser = signedIn("adviser", "/residents/index.xhtml");
        HttpResponse<String> r = open(browser, "/residents/index.xhtml");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Find a resident") && r.body().contains("id=\"search:query\""), "no search box: " + r.body());
    }

    @Test
    void anEqualityOfficerIsRefusedResidentSearch() throws Exception {
        HttpClient browser = signedIn("equality-officer", "/residents/index.xhtml");
        HttpResponse<String> r = open(browser, "/residents/index.xhtml");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("Not available to your role"), r::body);
    }

    @Test
    void onlyAdministratorsOpenTheRejectedRecords() throws Exception {
        assertEquals(403, open(signedIn("adviser", "/admin/rejected-records.xhtml"), "/admin/rejected-records.xhtml").statusCode());
        assertEquals(200, open(signedIn("administrator", "/admin/rejected-records.xhtml"), "/admin/rejected-records.xhtml").statusCode());
    }

    @Test
    void aWrongPasswordIsToldSo() throws Exception {
        HttpResponse<String> r = Council.signIn(Council.browser(), "/index.xhtml", "adviser", "nope");
        assertTrue(r.body().contains("The username or password is not right"), () -> "HTTP " + r.statusCode() + ": " + r.body());
    }
}
