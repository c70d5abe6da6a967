package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pages answer a malformed request (an address that does not exist, a stale or forged form, a record
 * number that is not one, nonsense posted to a page) with the product's own error page, never a stack
 * trace or the server's page, and nothing that was sent reaches the log.
 */
class MalformedPageRequestsIT extends DeployedCouncil {

    private static final String MARK = "Pg" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "Xq";

    private static HttpClient signedIn() throws Exception {
        HttpClient browser = Council.browser();
        assertEquals(302, Council.signIn(browser, "/index.xhtml", "adviser", Council.DEMO_PASSWORD).statusCode());
        return browser;
    }

    private static void noStackTrace(String what, HttpResponse<String> r) {
        String body = r.body();
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("uk.gov.council.cs.")
                || body.contains("<title>Error</title>"), () -> what + " shows internals or the server's page: " + body);
        assertFalse(body.contains(MARK) && r.statusCode() >= 500, () -> what + " echoes what was sent in a fault page");
    }

    @Test
    void malformedPageRequestsShowTheProductsErrorPage() throws Exception {
        HttpClient browser = signedIn();

        HttpResponse<String> missing = browser.send(HttpRequest.newBuilder(URI.create(Council.APP + "/no-such-page-" + MARK + ".xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing::body);
        noStackTrace("a page that does not exist", missing);

        HttpResponse<String> stale = browser.send(HttpRequest.newBuilder(URI.create(Council.APP + "/residents/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Council.form("search", "search", "search:query", MARK,
                        "jakarta.faces.ViewState", "-123:" + MARK))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(stale.statusCode() == 302 && stale.headers().firstValue("Location").orElse("").contains("/error.xhtml?expired=true"),
                () -> "a form with a forged or stale state leads to the error page: HTTP " + stale.statusCode() + " " + stale.headers().map());
        HttpResponse<String> expired = browser.send(HttpRequest.newBuilder(URI.create(stale.headers().firstValue("Location").get()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(expired.body().contains("This page had expired"), expired::body);
        noStackTrace("a stale form", expired);

        HttpResponse<String> badId = browser.send(HttpRequest.newBuilder(URI.create(Council.APP + "/residents/view.xhtml?id=abc" + MARK))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(badId.statusCode() < 500, () -> "a record number that is not one: HTTP " + badId.statusCode());
        noStackTrace("a record number that is not one", badId);

        HttpResponse<String> nonsense = browser.send(HttpRequest.newBuilder(URI.create(Council.APP + "/complaints/view.xhtml?id=" + MARK))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("%%%" + MARK + "=&&=%zz")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(nonsense.statusCode() < 500 || nonsense.body().contains("Quote") || nonsense.body().contains("incident"),
                () -> "nonsense posted to a page: HTTP " + nonsense.statusCode() + " " + nonsense.body());
        noStackTrace("nonsense posted to a page", nonsense);

        String log = Files.readString(Path.of(System.getProperty("council.server.dir", "target/server"), "standalone", "log",
                "server.log"), StandardCharsets.UTF_8);
        assertTrue(log.lines().noneMatch(line -> line.contains(MARK)),
                () -> "the server log holds what was sent: " + log.lines().filter(l -> l.contains(MARK)).limit(3).toList());
    }
}
