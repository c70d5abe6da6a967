package uk.gov.council.cs.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Many API clients calling at once, signed in three ways: a session cookie (the baseline: sign-in
 * was paid once), HTTP Basic with a person's password on every request (verified with bcrypt once,
 * then remembered), and a system account's token. Same call, same clients, same run; prints
 * requests per second and p50/p95/max for each, and Basic's and the token's ratio to the session.
 *
 * <p>Arguments: base URL of the application (http://host:port/council), clients, seconds per phase,
 * the demo administrator's password (to make the benchmark's own accounts and token).
 */
public final class ApiSignInBenchmark {

    private static final String CALL = "/api/residents?max=10";

    private ApiSignInBenchmark() {
    }

    record Figures(String how, long requests, long failures, double seconds, List<Long> micros) {
        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            return micros.get(Math.min(micros.size() - 1, (int) Math.ceil(p * micros.size()) - 1)) / 1000.0;
        }

        double max() {
            return micros.isEmpty() ? Double.NaN : micros.get(micros.size() - 1) / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        String app = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String admin = basic("administrator", args[3]);

        String user = "api-benchmark-" + Long.toString(System.nanoTime(), 36);
        String password = "benchmark-password-1";
        asAdministrator(app, admin, "/api/staff", "{\"username\":\"" + user + "\",\"displayName\":\"API benchmark\","
                + "\"password\":\"" + password + "\",\"roles\":[\"adviser\"]}");
        String system = user + "-system";
        asAdministrator(app, admin, "/api/staff", "{\"username\":\"" + system + "\",\"displayName\":\"API benchmark system\","
                + "\"system\":true,\"roles\":[\"adviser\"]}");
        String issued = asAdministrator(app, admin, "/api/staff/" + system + "/api-tokens", "{\"label\":\"benchmark\"}");
        String systemToken = issued.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");

        System.out.printf("%d clients, %d s each, GET %s, on %s%n", clients, seconds, CALL, app);
        List<Figures> all = new ArrayList<>();
        // Each way warmed up first, so that no phase pays for the server's compilation more than another.
        int warm = Math.max(3, seconds / 3);
        run("warm-up, session (not counted)", app, clients, warm, i -> sessionClient(app, user, password));
        run("warm-up, HTTP Basic (not counted)", app, clients, warm, i -> headerClient(app, basic(user, password)));
        run("warm-up, token (not counted)", app, clients, warm, i -> headerClient(app, "Bearer " + systemToken));
        all.add(run("session cookie", app, clients, seconds, i -> sessionClient(app, user, password)));
        all.add(run("HTTP Basic", app, clients, seconds, i -> headerClient(app, basic(user, password))));
        all.add(run("Bearer token", app, clients, seconds, i -> headerClient(app, "Bearer " + systemToken)));

        Figures session = all.get(0);
        System.out.printf("%n%-16s %10s %9s %9s %9s %9s %9s%n", "signed in by", "requests/s", "p50 ms", "p95 ms", "max ms", "failed", "x session");
        for (Figures f : all) {
            System.out.printf("%-16s %10.1f %9.1f %9.1f %9.1f %9d %9.2f%n", f.how(), f.perSecond(), f.percentile(0.50),
                    f.percentile(0.95), f.max(), f.failures(), session.perSecond() / f.perSecond());
        }
        Figures basicFigures = all.get(1);
        boolean met = basicFigures.perSecond() * 1.5 >= session.perSecond() && basicFigures.percentile(0.95) <= 1.5 * session.percentile(0.95);
        System.out.printf("%nTarget (HTTP Basic within 1.5x of the session, in throughput and p95): %s%n", met ? "met" : "NOT met");
    }

    private static String asAdministrator(String app, String admin, String path, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app + path))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** A client: something that sends the call and says whether it was answered 200. */
    interface Client {
        boolean call() throws Exception;
    }

    private static Client headerClient(String app, String authorization) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return () -> {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(app + CALL)).header("Authorization", authorization)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        };
    }

    private static Client sessionClient(String app, String user, String password) {
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            http.send(HttpRequest.newBuilder(URI.create(app + "/index.xhtml")).GET().build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> signIn = http.send(HttpRequest.newBuilder(URI.create(app + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (signIn.statusCode() != 302) {
                throw new IllegalStateException("sign-in: HTTP " + signIn.statusCode());
            }
            return () -> http.send(HttpRequest.newBuilder(URI.create(app + CALL)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Figures run(String how, String app, int clients, int seconds, Function<Integer, Client> make) throws Exception {
        List<Client> made = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            made.add(make.apply(i));
        }
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (Client c : made) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    boolean ok;
                    try {
                        ok = c.call();
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (ok) {
                        micros.add((System.nanoTime() - t) / 1000);
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        Figures f = new Figures(how, sorted.size(), failures.get(), elapsed, sorted);
        System.out.printf("  %s: %d requests in %.1f s%n", how, f.requests(), elapsed);
        return f;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
