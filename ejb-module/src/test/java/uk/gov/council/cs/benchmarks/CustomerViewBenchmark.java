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
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.WordUtils;
import org.mindrot.jbcrypt.BCrypt;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uk.gov.council.cs.demo.SyntheticPopulation;
import uk.gov.council.cs.residents.matching.PersonDetails;
import uk.gov.council.cs.residents.matching.NameKeys;

/**
 * The single customer view and search at borough scale, on PostgreSQL, through the running
 * application and as raw SQL in the same run.
 *
 * <p>Loads (once) a borough of residents and timeline entries straight into the schema the
 * application's Flyway made: the people of {@link SyntheticPopulation} (the matching benchmark's
 * borough, near-duplicates included), the Double Metaphone search keys computed by the
 * application's own {@link NameKeys}, a set of "heavy" residents with exactly 1,000 entries each
 * and the rest of the entries spread over everyone.
 * Then it signs in as an adviser (session cookie, so bcrypt is paid once, not per request) and
 * times the timeline page and search through the REST API, and the timeline's own SQL over JDBC.
 *
 * <p>Arguments: jdbcUrl user password appUrl [residents] [entries]. Run by
 * {@code bin/benchmark-customer-view}, which starts PostgreSQL and the server.
 */
public final class CustomerViewBenchmark {

    /** The synthetic borough's seed: the matching benchmark generates the same people from it. */
    static final long BOROUGH_SEED = 20261125L;
    static final double NEAR_DUPLICATE_SHARE = 0.05;
    private static final int HEAVY = 100;
    private static final int PER_HEAVY = 1_000;
    private static final String USER = "benchmark-adviser";
    private static final String PASSWORD = "benchmark-password";

    private CustomerViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String dbUser = args[1];
        String dbPassword = args[2];
        String app = args[3];
        int residents = args.length > 4 ? Integer.parseInt(args[4]) : 1_000_000;
        long entries = args.length > 5 ? Long.parseLong(args[5]) : 20_000_000L;
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            db.setAutoCommit(true);
            load(db, residents, entries);
            HttpClient http = signIn(app);
            List<Long> heavy = heavyResidents(db);
            List<String[]> searches = searches(db, 400);

            System.out.printf("%nTimed with %d residents and %d timeline entries on PostgreSQL.%n", count(db, "resident"),
                    count(db, "timeline_entry"));
            System.out.println("what                                              n     p50 ms   p95 ms   max ms");
            double view = report("single customer view, first page (REST, 1,000 entries)", 500, i -> {
                long id = heavy.get(i % heavy.size());
                get(http, app + "/api/residents/" + id + "/timeline?first=0&max=25");
            });
            double raw = report("the same page as raw SQL (page + count, JDBC)", 500, i -> rawTimeline(db, heavy.get(i % heavy.size())));
            double rawAll;
            try (Connection tx = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
                tx.setAutoCommit(false);
                rawAll = report("every statement the view runs, raw (JDBC, 1 tx)", 500, i -> rawView(tx, heavy.get(i % heavy.size())));
            }
            double light = report("a light signed-in API call (the standards, REST)", 500,
                    i -> get(http, app + "/api/service-standards?page=" + (i % 7)));
            report("single customer view, page 20 (REST)", 200, i -> {
                long id = heavy.get(i % heavy.size());
                get(http, app + "/api/residents/" + id + "/timeline?first=475&max=25");
            });
            double search = report("search: name and date of birth (REST)", 400, i -> {
                String[] s = searches.get(i % searches.size());
                get(http, app + "/api/residents/search?q=" + URLEncoder.encode(s[0], StandardCharsets.UTF_8));
            });
            report("search: surname and postcode (REST)", 400, i -> {
                String[] s = searches.get(i % searches.size());
                get(http, app + "/api/residents/search?q=" + URLEncoder.encode(s[1], StandardCharsets.UTF_8));
            });
            report("search's name-and-birthday candidates as raw SQL", 400, i -> rawSearch(db, searches.get(i % searches.size())));

            System.out.printf("%nTargets (p95):%n");
            System.out.printf("  single customer view <= 50 ms: %.1f ms, %s%n", view, view <= 50 ? "met" : "NOT met");
            System.out.printf("  search <= 100 ms: %.1f ms, %s%n", search, search <= 100 ? "met" : "NOT met");
            System.out.printf("  view <= 1.5 x raw page + count: %.1f x, %s%n", view / raw, view / raw <= 1.5 ? "met" : "NOT met");
            System.out.printf("  view <= 1.5 x every statement it runs, raw: %.1f x, %s%n", view / rawAll,
                    view / rawAll <= 1.5 ? "met" : "NOT met");
            System.out.printf("  view less a light API call, against the same raw statements: %.1f ms vs %.1f ms%n",
                    view - light, rawAll);
        }
    }

    // ------------------------------------------------------------------ loading

    private static void load(Connection db, int residents, long entries) throws SQLException {
        long have = count(db, "resident");
        if (have >= residents) {
            System.out.println("Borough already loaded: " + have + " residents.");
            return;
        }
        if (have > 0) {
            throw new IllegalStateException("The database has " + have + " residents, fewer than asked for; start from an empty one.");
        }
        long started = System.nanoTime();
        int loaded = loadResidents(db, residents);
        System.out.printf("Loaded %,d residents (%,d people and their near-duplicate records) in %.0f s%n", loaded, residents,
                seconds(started));
        residents = loaded;
        try (Statement s = db.createStatement()) {
            started = System.nanoTime();
            s.execute("DROP INDEX IF EXISTS council.timeline_entry_resident_idx");
            s.execute("DROP INDEX IF EXISTS council.timeline_entry_source_idx");
            long heavyEntries = (long) HEAVY * PER_HEAVY;
            // The heavy residents are the first HEAVY ids; everyone else shares the rest.
            s.execute("INSERT INTO council.timeline_entry (id, resident_id, occurred_at, kind, summary, source_type, source_id, recorded_by)"
                    + " SELECT g, 1 + (g - 1) / " + PER_HEAVY + ", TIMESTAMP '2020-01-01' + ((g * 7919) % 180000000 || ' seconds')::interval,"
                    + " 'contact', 'Telephone: council tax query – explained next steps', 'contact', g, 'benchmark'"
                    + " FROM generate_series(1::bigint, " + heavyEntries + ") AS g");
            long rest = entries - heavyEntries;
            int others = residents - HEAVY;
            long step = 2_000_000;
            for (long from = 1; from <= rest; from += step) {
                long to = Math.min(rest, from + step - 1);
                s.execute("INSERT INTO council.timeline_entry (id, resident_id, occurred_at, kind, summary, source_type, source_id, recorded_by)"
                        + " SELECT " + heavyEntries + " + g, " + (HEAVY + 1) + " + (g * 2654435761) % " + others + ","
                        + " TIMESTAMP '2020-01-01' + ((g * 7919) % 180000000 || ' seconds')::interval,"
                        + " (ARRAY['contact','service-request','complaint','housing-event'])[1 + (g % 4)::int],"
                        + " 'Telephone: council tax query – explained next steps', 'contact', " + heavyEntries + " + g, 'benchmark'"
                        + " FROM generate_series(" + from + "::bigint, " + to + ") AS g");
                System.out.printf("  %,d of %,d timeline entries%n", heavyEntries + to, entries);
            }
            s.execute("CREATE INDEX timeline_entry_resident_idx ON council.timeline_entry (resident_id, occurred_at DESC, id DESC)");
            s.execute("CREATE INDEX timeline_entry_source_idx ON council.timeline_entry (source_type, source_id)");
            s.execute("SELECT setval('council.timeline_entry_seq', " + (entries + 100) + ")");
            s.execute("ANALYZE");
            System.out.printf("Loaded %,d timeline entries and indexed them in %.0f s%n", entries, seconds(started));

            try (PreparedStatement user = db.prepareStatement("INSERT INTO council.staff_user (username, display_name, password_hash,"
                    + " enabled, created_at) VALUES (?, 'Benchmark adviser', ?, TRUE, now())");
                 PreparedStatement role = db.prepareStatement("INSERT INTO council.staff_user_role (username, role_name) VALUES (?, 'adviser')")) {
                user.setString(1, USER);
                user.setString(2, BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10)));
                user.executeUpdate();
                role.setString(1, USER);
                role.executeUpdate();
            }
        }
    }

    /**
     * The synthetic borough's people, as the matching benchmark generates them: households at shared
     * addresses, names spread as a real borough's, and for one person in twenty a second record with
     * a known error (the near-duplicates). Copied in with PostgreSQL's COPY; ids follow the order generated.
     */
    static int loadResidents(Connection db, int people) throws SQLException {
        List<SyntheticPopulation.Record> records = new SyntheticPopulation(BOROUGH_SEED).generate(people, NEAR_DUPLICATE_SHARE);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        int batch = 100_000;
        try {
            for (int from = 0; from < records.size(); from += batch) {
                StringBuilder residents = new StringBuilder();
                StringBuilder phones = new StringBuilder();
                StringBuilder previous = new StringBuilder();
                try (CSVPrinter r = new CSVPrinter(residents, CSVFormat.POSTGRESQL_CSV);
                     CSVPrinter ph = new CSVPrinter(phones, CSVFormat.POSTGRESQL_CSV);
                     CSVPrinter pr = new CSVPrinter(previous, CSVFormat.POSTGRESQL_CSV)) {
                    for (int i = from; i < Math.min(records.size(), from + batch); i++) {
                        long id = i + 1L;
                        PersonDetails p = records.get(i).details();
                        r.printRecord(id, display(p.givenNames()), display(p.surname()), p.dateOfBirth(), p.postcode(),
                                "2019-01-01 00:00:00", 0, NameKeys.of(p.surname()), NameKeys.of(p.forename()), "Rye Lane", "London",
                                false, p.uprn(), p.niNumber());
                        for (String phone : p.phones()) {
                            ph.printRecord(id, phone);
                        }
                        for (String surname : p.previousSurnames()) {
                            pr.printRecord(id, display(p.forename()), display(surname), NameKeys.of(surname));
                        }
                    }
                }
                copy.copyIn("COPY council.resident (id, forename, surname, date_of_birth, postcode, registered_at, version,"
                        + " surname_key, forename_key, street, town, interpreter_needed, uprn, ni_number) FROM STDIN (FORMAT csv)",
                        new java.io.StringReader(residents.toString()));
                copy.copyIn("COPY council.resident_phone (resident_id, phone) FROM STDIN (FORMAT csv)",
                        new java.io.StringReader(phones.toString()));
                copy.copyIn("COPY council.resident_previous_name (resident_id, forename, surname, surname_key) FROM STDIN (FORMAT csv)",
                        new java.io.StringReader(previous.toString()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Statement s = db.createStatement()) {
            s.execute("SELECT setval('council.resident_seq', " + (records.size() + 100) + ")");
        }
        return records.size();
    }

    /** OKAFOR-SMITH as Okafor-Smith: the matcher's normalised form back into the case staff would type. */
    private static String display(String name) {
        return name == null ? null : WordUtils.capitalizeFully(name, ' ', '-');
    }

    // ------------------------------------------------------------------ what is timed

    private static List<Long> heavyResidents(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT resident_id FROM council.timeline_entry WHERE resident_id <= " + HEAVY
                     + " GROUP BY resident_id HAVING COUNT(*) = " + PER_HEAVY)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No resident has " + PER_HEAVY + " timeline entries.");
        }
        return ids;
    }

    /** Random residents as an adviser would type them: [name and date of birth, surname and postcode, ids for SQL]. */
    private static List<String[]> searches(Connection db, int n) throws SQLException {
        List<String[]> searches = new ArrayList<>();
        Random random = new Random(42);
        long residents = count(db, "resident");
        try (PreparedStatement p = db.prepareStatement("SELECT forename, surname, date_of_birth, postcode, surname_key, forename_key"
                + " FROM council.resident WHERE id = ?")) {
            for (int i = 0; i < n; i++) {
                p.setLong(1, 1 + (long) (random.nextDouble() * residents));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    LocalDate born = r.getDate(3).toLocalDate();
                    searches.add(new String[] {
                        r.getString(1) + " " + r.getString(2) + " " + born.getDayOfMonth() + "/" + born.getMonthValue() + "/" + born.getYear(),
                        r.getString(2) + " " + r.getString(4), r.getString(5), r.getString(6), born.toString()});
                }
            }
        }
        return searches;
    }

    private static void rawTimeline(Connection db, long residentId) {
        try (PreparedStatement page = db.prepareStatement("SELECT id, resident_id, occurred_at, kind, service_id, summary, source_type,"
                + " source_id, recorded_by FROM council.timeline_entry WHERE resident_id = ? ORDER BY occurred_at DESC, id DESC"
                + " LIMIT 25 OFFSET 0");
             PreparedStatement total = db.prepareStatement("SELECT COUNT(id) FROM council.timeline_entry WHERE resident_id = ?")) {
            page.setLong(1, residentId);
            try (ResultSet r = page.executeQuery()) {
                while (r.next()) {
                    r.getString(6);
                }
            }
            total.setLong(1, residentId);
            try (ResultSet r = total.executeQuery()) {
                r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything the single customer view does in the database, as one transaction over plain JDBC:
     * the resident, the records merged into theirs, the page, the count and the audit row.
     */
    private static void rawView(Connection tx, long residentId) {
        try (PreparedStatement resident = tx.prepareStatement("SELECT * FROM council.resident WHERE id = ?");
             PreparedStatement group = tx.prepareStatement("SELECT id FROM council.resident WHERE merged_into IN (?) ORDER BY id");
             PreparedStatement audit = tx.prepareStatement("INSERT INTO council.audit_event (id, action, occurred_at, purpose,"
                     + " subject_id, subject_type, username) VALUES (nextval('council.audit_event_seq'), 'READ', now(), 'benchmark',"
                     + " ?, 'resident', '" + USER + "')")) {
            resident.setLong(1, residentId);
            try (ResultSet r = resident.executeQuery()) {
                r.next();
            }
            group.setLong(1, residentId);
            try (ResultSet r = group.executeQuery()) {
                while (r.next()) {
                    r.getLong(1);
                }
            }
            rawTimeline(tx, residentId);
            audit.setLong(1, residentId);
            audit.executeUpdate();
            tx.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rawSearch(Connection db, String[] search) {
        try (PreparedStatement p = db.prepareStatement("SELECT id, forename, surname, date_of_birth, postcode FROM council.resident"
                + " WHERE surname_key = ? AND forename_key = ? AND date_of_birth = ? LIMIT 200")) {
            p.setString(1, search[2]);
            p.setString(2, search[3]);
            p.setDate(3, java.sql.Date.valueOf(search[4]));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    r.getString(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ plumbing

    private static HttpClient signIn(String app) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        // A protected page first, so the form sign-in has somewhere to return to.
        http.send(HttpRequest.newBuilder(URI.create(app + "/residents/index.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> signed = http.send(HttpRequest.newBuilder(URI.create(app + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + USER + "&j_password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (signed.statusCode() != 302 && signed.statusCode() != 200) {
            throw new IllegalStateException("Sign-in failed: HTTP " + signed.statusCode());
        }
        return http;
    }

    private static void get(HttpClient http, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-Purpose", "benchmark").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + r.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Call {
        void run(int i) throws Exception;
    }

    /** Warms up with a fifth as many calls, then times n, and prints the median, 95th percentile and maximum. */
    private static double report(String what, int n, Call call) throws Exception {
        for (int i = 0; i < n / 5; i++) {
            call.run(i + 7);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run(i);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        double p95 = nanos[(int) Math.ceil(n * 0.95) - 1] / 1e6;
        System.out.printf("%-48s %5d %8.1f %8.1f %8.1f%n", what, n, nanos[n / 2] / 1e6, p95, nanos[n - 1] / 1e6);
        return p95;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM council." + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
