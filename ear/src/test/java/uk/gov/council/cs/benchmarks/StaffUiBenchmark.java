package uk.gov.council.cs.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full contact centre on the staff UI: many signed-in sessions (three advisers to every two of the
 * complaints team), each opening a page every few seconds from a realistic mix (search, the resident's
 * overview, timeline and contacts, a complaint, its history, the complaints queue). Prints p50, p95 and
 * maximum server round trip per page, beside the same pages' database statements run raw over JDBC in
 * the same run (what the page costs the database alone), and the resident's overview with the server
 * otherwise idle.
 *
 * <p>Arguments: application URL, JDBC URL, user, password, sessions, seconds, the demo password, and
 * the database's name for the report.
 */
public final class StaffUiBenchmark {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final int SECONDS_BETWEEN_PAGES = 5;
    private static final int RAW_ROUNDS = 300;

    private StaffUiBenchmark() {
    }

    /** One page of the mix: how to ask for it and what its answer must contain. */
    record Page(String name, String path, String mark) {
    }

    /** A signed-in member of staff: their own cookies, their role's mix. */
    record Session(HttpClient http, boolean adviser) {
    }

    static final class Timings {
        final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

        void add(String page, long nanos, boolean ok) {
            micros.computeIfAbsent(page, k -> new ConcurrentLinkedQueue<>()).add(nanos / 1000);
            if (!ok) {
                failures.computeIfAbsent(page, k -> new AtomicLong()).incrementAndGet();
            }
        }

        List<Long> sorted(String page) {
            List<Long> all = new ArrayList<>(micros.getOrDefault(page, new ConcurrentLinkedQueue<>()));
            Collections.sort(all);
            return all;
        }
    }

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String jdbc = args[1];
        int sessions = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        String password = args[6];
        String database = args[7];

        List<Long> residents;
        List<Long> complaints;
        List<String> surnames;
        try (Connection db = connect(jdbc, args[2], args[3])) {
            residents = ids(db, "SELECT DISTINCT resident_id FROM timeline_entry ORDER BY resident_id");
            complaints = ids(db, "SELECT id FROM complaint ORDER BY id");
            surnames = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT DISTINCT surname FROM resident ORDER BY surname");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    surnames.add(r.getString(1));
                }
            }
        }
        if (residents.isEmpty() || complaints.isEmpty()) {
            throw new IllegalStateException("The demo borough has no residents with a timeline or no complaints");
        }
        System.out.printf("Demo borough: %d residents with a timeline, %d complaints, %d surnames%n", residents.size(),
                complaints.size(), surnames.size());

        System.out.printf("Signing in %d sessions...%n", sessions);
        List<Session> staff = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            boolean adviser = i % 5 < 3;
            staff.add(signIn(app, adviser ? "adviser" : "complaints-officer", password, adviser));
        }

        System.out.printf("%d sessions, a page every %d seconds each, for %d seconds...%n", sessions, SECONDS_BETWEEN_PAGES, seconds);
        Timings load = new Timings();
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(sessions);
        for (Session s : staff) {
            pool.execute(() -> {
                try {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    long next = System.nanoTime() + random.nextLong(TimeUnit.SECONDS.toNanos(SECONDS_BETWEEN_PAGES));
                    while (next < end) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        openOne(s, app, random, residents, complaints, surnames, load);
                        next += TimeUnit.SECONDS.toNanos(SECONDS_BETWEEN_PAGES);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();

        // The resident's overview once the load has stopped: one session, one page after another.
        Session alone = signIn(app, "adviser", password, true);
        Timings idle = new Timings();
        for (int i = 0; i < 1000; i++) {
            long resident = residents.get(i % residents.size());
            Page overview = new Page("resident overview", "/residents/view.xhtml?id=" + resident, "Open now");
            long start = System.nanoTime();
            boolean ok = get(alone.http(), app, overview);
            if (i >= 500) { // the first five hundred warm it up further
                idle.add(overview.name(), System.nanoTime() - start, ok);
            }
        }

        // The same pages' statements, raw over JDBC, in this run: each page's reads and its audit row.
        Timings raw = new Timings();
        try (Connection db = connect(jdbc, args[2], args[3])) {
            db.setAutoCommit(false);
            for (int i = 0; i < RAW_ROUNDS; i++) {
                long resident = residents.get(i % residents.size());
                long complaint = complaints.get(i % complaints.size());
                String surname = surnames.get(i % surnames.size());
                timeRaw(raw, "search", db, () -> search(db, surname));
                timeRaw(raw, "resident overview", db, () -> overview(db, resident));
                timeRaw(raw, "resident timeline", db, () -> timeline(db, resident));
                timeRaw(raw, "contacts and requests", db, () -> requests(db, resident));
                timeRaw(raw, "complaint", db, () -> complaint(db, complaint));
                timeRaw(raw, "complaint history", db, () -> complaint(db, complaint));
                timeRaw(raw, "complaints queue", db, () -> queue(db));
            }
        }

        System.out.printf("%nStaff UI under load on %s: %d sessions, a page every %d s each, %d s%n", database, sessions,
                SECONDS_BETWEEN_PAGES, seconds);
        System.out.printf("%-22s %8s %8s %9s %9s %9s   %-26s%n", "page", "requests", "failed", "p50 ms", "p95 ms", "max ms",
                "raw SQL p50 / p95 / max ms");
        long total = 0;
        for (String page : List.of("search", "resident overview", "resident timeline", "contacts and requests", "complaint",
                "complaint history", "complaints queue")) {
            List<Long> t = load.sorted(page);
            List<Long> r = raw.sorted(page);
            total += t.size();
            System.out.printf("%-22s %8d %8d %9.1f %9.1f %9.1f   %6.2f / %6.2f / %6.2f%n", page, t.size(),
                    load.failures.getOrDefault(page, new AtomicLong()).get(), pct(t, 0.50), pct(t, 0.95), max(t),
                    pct(r, 0.50), pct(r, 0.95), max(r));
        }
        System.out.printf("%d pages in %d s (%.1f a second)%n", total, seconds, total / (double) seconds);
        List<Long> quiet = idle.sorted("resident overview");
        System.out.printf("Resident overview, server otherwise idle (%d requests): p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " raw SQL p50 %.2f ms%n", quiet.size(), pct(quiet, 0.50), pct(quiet, 0.95), max(quiet),
                pct(raw.sorted("resident overview"), 0.50));
    }

    private static void openOne(Session s, String app, ThreadLocalRandom random, List<Long> residents, List<Long> complaints,
                                List<String> surnames, Timings load) {
        long resident = residents.get(random.nextInt(residents.size()));
        long complaint = complaints.get(random.nextInt(complaints.size()));
        int roll = random.nextInt(100);
        if (s.adviser()) {
            if (roll < 25) {
                search(s, app, surnames.get(random.nextInt(surnames.size())), load);
                return;
            }
            Page p = roll < 60 ? new Page("resident overview", "/residents/view.xhtml?id=" + resident, "Open now")
                    : roll < 80 ? new Page("resident timeline", "/residents/timeline.xhtml?id=" + resident, "Timeline:")
                    : new Page("contacts and requests", "/residents/requests.xhtml?id=" + resident, "Open service requests");
            timed(s, app, p, load);
        } else {
            Page p = roll < 40 ? new Page("complaint", "/complaints/view.xhtml?id=" + complaint, "What happens next")
                    : roll < 70 ? new Page("complaints queue", "/complaints/index.xhtml", "moj-filter")
                    : roll < 85 ? new Page("resident overview", "/residents/view.xhtml?id=" + resident, "Open now")
                    : new Page("complaint history", "/complaints/history.xhtml?id=" + complaint, "id=\"history\"");
            timed(s, app, p, load);
        }
    }

    private static void timed(Session s, String app, Page p, Timings load) {
        long start = System.nanoTime();
        boolean ok = get(s.http(), app, p);
        load.add(p.name(), System.nanoTime() - start, ok);
    }

    /** The search page, then the search itself (a form post with the page's view state): the post is timed. */
    private static void search(Session s, String app, String surname, Timings load) {
        try {
            HttpResponse<String> page = s.http().send(HttpRequest.newBuilder(URI.create(app + "/residents/index.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher state = VIEW_STATE.matcher(page.body());
            Matcher nonce = NONCE.matcher(page.body());
            if (page.statusCode() != 200 || !state.find()) {
                load.add("search", 0, false);
                return;
            }
            String form = "search=search&search%3Aquery=" + URLEncoder.encode(surname, StandardCharsets.UTF_8)
                    + "&search%3Afind=Find&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                    + (nonce.find() ? "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8) : "");
            long start = System.nanoTime();
            HttpResponse<String> found = s.http().send(HttpRequest.newBuilder(URI.create(app + "/residents/index.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            load.add("search", System.nanoTime() - start, found.statusCode() == 200 && found.body().contains(" found</h2>"));
        } catch (Exception e) {
            load.add("search", 0, false);
        }
    }

    private static boolean get(HttpClient http, String app, Page p) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + p.path())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains(p.mark());
        } catch (Exception e) {
            return false;
        }
    }

    private static Session signIn(String app, String username, String password, boolean adviser) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        http.send(HttpRequest.newBuilder(URI.create(app + "/index.xhtml")).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(app + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302) {
            throw new IllegalStateException(username + " could not sign in: HTTP " + r.statusCode());
        }
        return new Session(http, adviser);
    }

    // ---- The pages' statements, raw ----

    interface Statements {
        void run() throws SQLException;
    }

    private static void timeRaw(Timings raw, String page, Connection db, Statements statements) throws SQLException {
        long start = System.nanoTime();
        statements.run();
        db.rollback(); // the audit rows written by the raw run are not kept
        raw.add(page, System.nanoTime() - start, true);
    }

    private static void search(Connection db, String surname) throws SQLException {
        read(db, "SELECT id, forename, surname, date_of_birth, postcode FROM resident WHERE surname = ? ORDER BY forename, id "
                + "FETCH FIRST 25 ROWS ONLY", surname);
        audit(db, 0);
    }

    /** Who the resident is, for the identity bar and alerts on every page of their record. */
    private static void identity(Connection db, long resident) throws SQLException {
        read(db, "SELECT * FROM resident WHERE id = ?", resident);
        for (String table : List.of("resident_phone", "resident_email", "resident_reference", "resident_previous_name",
                "resident_address_history", "resident_vulnerability", "resident_communication_need")) {
            read(db, "SELECT * FROM " + table + " WHERE resident_id = ?", resident);
        }
        read(db, "SELECT id FROM resident_merge WHERE (kept_id = ? OR merged_id = ?) AND unmerged_at IS NULL", resident, resident);
        read(db, "SELECT * FROM contact_restriction WHERE resident_id = ?", resident);
        audit(db, resident);
        audit(db, resident);
    }

    private static void overview(Connection db, long resident) throws SQLException {
        identity(db, resident);
        read(db, "SELECT * FROM complaint c JOIN feedback f ON f.id = c.id WHERE f.resident_id = ?", resident);
        read(db, "SELECT s.* FROM complaint_step s JOIN feedback f ON f.id = s.complaint_id WHERE f.resident_id = ?", resident);
        read(db, "SELECT * FROM service_request WHERE resident_id = ? AND closed_at IS NULL ORDER BY received_at", resident);
        timelinePage(db, resident, 5);
        audit(db, resident);
        audit(db, resident);
    }

    private static void timeline(Connection db, long resident) throws SQLException {
        identity(db, resident);
        read(db, "SELECT DISTINCT kind FROM timeline_entry WHERE resident_id = ? ORDER BY kind", resident);
        read(db, "SELECT * FROM service ORDER BY name");
        timelinePage(db, resident, 20);
    }

    private static void requests(Connection db, long resident) throws SQLException {
        identity(db, resident);
        read(db, "SELECT * FROM service_request WHERE resident_id = ? AND closed_at IS NULL ORDER BY received_at", resident);
        read(db, "SELECT * FROM timeline_entry WHERE resident_id = ? AND kind = 'contact' ORDER BY occurred_at DESC, id DESC "
                + "FETCH FIRST 10 ROWS ONLY", resident);
        read(db, "SELECT COUNT(*) FROM timeline_entry WHERE resident_id = ? AND kind = 'contact'", resident);
        audit(db, resident);
        audit(db, resident);
    }

    private static void timelinePage(Connection db, long resident, int rows) throws SQLException {
        read(db, "SELECT * FROM timeline_entry WHERE resident_id = ? ORDER BY occurred_at DESC, id DESC FETCH FIRST " + rows
                + " ROWS ONLY", resident);
        read(db, "SELECT COUNT(*) FROM timeline_entry WHERE resident_id = ?", resident);
        audit(db, resident);
    }

    private static void complaint(Connection db, long complaint) throws SQLException {
        read(db, "SELECT * FROM complaint c JOIN feedback f ON f.id = c.id WHERE c.id = ?", complaint);
        read(db, "SELECT r.forename, r.surname FROM resident r JOIN feedback f ON f.resident_id = r.id WHERE f.id = ?", complaint);
        for (String table : List.of("complaint_other_service", "complaint_stage", "complaint_step", "complaint_remedy",
                "complaint_action", "complaint_adjustment", "complaint_letter", "complaint_history", "complaint_involved_staff",
                "ombudsman_case")) {
            read(db, "SELECT * FROM " + table + " WHERE complaint_id = ?", complaint);
        }
        read(db, "SELECT i.* FROM ombudsman_item i JOIN ombudsman_case o ON o.id = i.case_id WHERE o.complaint_id = ?", complaint);
        audit(db, complaint);
    }

    private static void queue(Connection db) throws SQLException {
        read(db, "SELECT c.id, c.state, c.stage, c.category, c.investigator, f.resident_id, f.service_id, f.received_at "
                + "FROM complaint c JOIN feedback f ON f.id = c.id WHERE c.state NOT IN ('CLOSED', 'REFUSED', 'RESOLVED_INFORMALLY') "
                + "ORDER BY f.received_at");
        read(db, "SELECT s.* FROM complaint_step s JOIN complaint c ON c.id = s.complaint_id "
                + "WHERE s.done_on IS NULL AND c.state NOT IN ('CLOSED', 'REFUSED', 'RESOLVED_INFORMALLY')");
        read(db, "SELECT * FROM service ORDER BY name");
    }

    private static void read(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) {
                        r.getObject(c);
                    }
                }
            }
        }
    }

    private static final AtomicLong AUDIT_ID = new AtomicLong(-1_000_000_000L);

    /** The audit row every read of a record writes (rolled back by the caller). */
    private static void audit(Connection db, long subject) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO audit_event (id, occurred_at, username, action, subject_type, "
                + "subject_id, purpose) VALUES (?, CURRENT_TIMESTAMP, 'benchmark', 'READ', 'resident', ?, 'staff UI benchmark')")) {
            s.setLong(1, AUDIT_ID.decrementAndGet());
            s.setLong(2, subject);
            s.executeUpdate();
        }
    }

    /** The operational schema's tables are in the schema "council". */
    private static Connection connect(String jdbc, String user, String password) throws SQLException {
        Connection db = DriverManager.getConnection(jdbc, user, password);
        db.setSchema("council");
        return db;
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }

    private static double max(List<Long> sorted) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1000.0;
    }
}
