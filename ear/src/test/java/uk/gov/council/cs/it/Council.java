package uk.gov.council.cs.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;

/** The running council application as the tests see it: its addresses and the demo sign-ins. */
public final class Council {

    public static final String DEMO_PASSWORD = "demo-password";
    /** The demo back-office system's API token: system accounts call the API with a token, never a password. */
    public static final String DEMO_SYSTEM_TOKEN = "ccs_demo_back_office_system_token_not_for_live_use";
    public static final int HTTP_PORT = Integer.getInteger("council.it.http.port", 8180);
    public static final int MANAGEMENT_PORT = Integer.getInteger("council.it.management.port", 10090);
    public static final String APP = "http://localhost:" + HTTP_PORT + "/council";
    public static final ObjectMapper JSON = new ObjectMapper();

    private Council() {
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A browser-like client that keeps its session cookie and does not follow redirects. */
    public static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpRequest.Builder api(String path, String username) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + "/api/" + path)).timeout(Duration.ofSeconds(60));
        if ("back-office-system".equals(username)) {
            b.header("Authorization", "Bearer " + DEMO_SYSTEM_TOKEN);
        } else if (username != null) {
            b.header("Authorization", basic(username, DEMO_PASSWORD));
        }
        return b;
    }

    /** An API request signed in with the given password (HTTP Basic). */
    public static HttpRequest.Builder api(String path, String username, String password) {
        return HttpRequest.newBuilder(URI.create(APP + "/api/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(username, password));
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs {@code browser} in through the sign-in form, as a person would after opening {@code page}
     * (which the server then returns them to), and gives the form's answer.
     */
    public static HttpResponse<String> signIn(HttpClient browser, String page, String username, String password) {
        try {
            browser.send(HttpRequest.newBuilder(URI.create(APP + page)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return browser.send(HttpRequest.newBuilder(URI.create(APP + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("j_username", username, "j_password", password))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String path, String username) {
        return send(api(path, username).GET().build());
    }

    public static HttpResponse<String> postJson(String path, String username, String json) {
        return send(api(path, username).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The API leaves out what it does not hold: a field missing or null. */
    public static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    public static long residentCount() {
        HttpResponse<String> r = get("residents/count", "administrator");
        if (r.statusCode() != 200) {
            throw new AssertionError("count: HTTP " + r.statusCode() + " " + r.body());
        }
        return json(r).get("residents").asLong();
    }

    public static String form(String... namesAndValues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** Waits for something asynchronous (a queue consumer) to become true, failing after the timeout. */
    public static void eventually(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
    }

    /** A surname no demo resident has, sorting before all of them, so the test can find its resident. */
    public static String uniqueSurname() {
        StringBuilder s = new StringBuilder("Aaa");
        long n = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + (n % 26)));
            n /= 26;
        }
        return s.toString();
    }
}
