package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every page (each .xhtml in the built WAR, signed in and not) and every API operation answers with the
 * headers that stop a browser being turned against staff: no framing, no content sniffing, a referrer
 * policy, a Content Security Policy (with a nonce for pages' scripts), and a session cookie that is
 * HttpOnly and SameSite.
 */
class SecurityHeadersIT extends DeployedCouncil {

    private final List<String> failures = new ArrayList<>();

    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        try (InputStream ear = Files.newInputStream(Path.of(System.getProperty("council.ear", "target/council.ear")));
             ZipInputStream earZip = new ZipInputStream(ear)) {
            for (ZipEntry e; (e = earZip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".war")) {
                    ZipInputStream war = new ZipInputStream(earZip);
                    for (ZipEntry w; (w = war.getNextEntry()) != null; ) {
                        if (w.getName().endsWith(".xhtml") && !w.getName().startsWith("WEB-INF/")) {
                            pages.add("/" + w.getName());
                        }
                    }
                }
            }
        }
        return pages;
    }

    private void check(String what, HttpResponse<String> r, boolean page) {
        expect(what, r, "X-Frame-Options", "DENY");
        expect(what, r, "X-Content-Type-Options", "nosniff");
        expect(what, r, "Referrer-Policy", "same-origin");
        boolean redirect = r.statusCode() >= 300 && r.statusCode() < 400;
        if (!redirect) {
            // A redirect has no content for a policy to govern.
            expect(what, r, "Content-Security-Policy", "frame-ancestors 'none'");
            expect(what, r, "Content-Security-Policy", page ? "script-src 'self' 'nonce-" : "default-src 'none'");
        }
        expect(what, r, "Cache-Control", "no-store");
        r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).forEach(cookie -> {
            if (!cookie.contains("HttpOnly") || !cookie.contains("SameSite=Lax")) {
                failures.add(what + ": the session cookie is not HttpOnly and SameSite=Lax: " + cookie);
            }
        });
    }

    private void expect(String what, HttpResponse<String> r, String header, String containing) {
        String value = String.join(", ", r.headers().allValues(header));
        if (!value.contains(containing)) {
            failures.add(what + " (HTTP " + r.statusCode() + "): " + header + " is \"" + value + "\", expected it to hold " + containing);
        }
    }

    @Test
    void everyPageAndEveryApiAnswerCarriesTheSecurityHeaders() throws Exception {
        List<String> pages = pages();
        assertTrue(pages.size() >= 15, "pages found in the WAR: " + pages);
        HttpClient anonymous = Council.browser();
        HttpClient administrator = Council.browser();
        HttpResponse<String> signIn = Council.signIn(administrator, "/index.xhtml", "administrator", Council.DEMO_PASSWORD);
        check("signing in", signIn, false);
        for (String page : pages) {
            for (HttpClient browser : List.of(anonymous, administrator)) {
                HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(Council.APP + page)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                check((browser == anonymous ? "signed out: " : "administrator: ") + page, r, true);
            }
        }
        int operations = 0;
        for (OpenApiDocument.Operation op : OpenApiDocument.fetchCached().operations()) {
            if (!op.method().equals("GET")) {
                continue;
            }
            String path = op.path().replaceAll("\\{[^}]+}", "1");
            check("GET /api/" + path, Council.get(path, "administrator"), false);
            check("GET /api/" + path + " signed out", Council.get(path, null), false);
            operations++;
        }
        assertTrue(operations > 30, "API operations checked: " + operations);
        assertTrue(failures.isEmpty(), failures.size() + " answers lack a security header:\n" + String.join("\n", failures));
    }
}
