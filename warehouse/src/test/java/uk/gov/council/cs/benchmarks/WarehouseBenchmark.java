package uk.gov.council.cs.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mindrot.jbcrypt.BCrypt;
import uk.gov.council.cs.equality.AgeBands;
import uk.gov.council.cs.warehouse.Dialect;
import uk.gov.council.cs.warehouse.FactDefinition;
import uk.gov.council.cs.warehouse.Facts;

/**
 * The reporting warehouse at borough scale on PostgreSQL (run by {@code bin/benchmark-warehouse}):
 * a million residents and twenty million contacts with their complaints, then (a) a full rebuild
 * through the API beside the same rows copied by raw INSERT ... SELECT statements in this process,
 * and (b) a load of one day's changes (5,000 contacts, 300 complaint changes, 50 merges), whose
 * target is under 5 seconds. Prints the figures and the ratios.
 */
public final class WarehouseBenchmark {

    private static final String ADMIN = "benchmark-administrator";
    private static final String PASSWORD = "benchmark-password";
    private static final String OLD = "TIMESTAMP '2024-01-01 00:00:00'";
    private static final String WORK_FILTER = " IN (SELECT w.id FROM warehouse.load_work w WHERE w.fact = ? AND w.id > ? AND w.id <= ?)";

    private WarehouseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String app = args[3];
        int residents = Integer.parseInt(args[4]);
        long contacts = Long.parseLong(args[5]);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(true);
            load(db, residents, contacts);
            // HTTP/1.1: a rebuild answers after minutes, longer than an upgraded HTTP/2 connection is kept open.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            System.out.printf("%n(a) Full rebuild of the star schema%n");
            long started = System.nanoTime();
            String report = post(http, app + "/api/warehouse/fact-loads/rebuild");
            double rebuild = seconds(started);
            System.out.printf("  rebuild through the API: %.1f s (%s)%n", rebuild, status(report));
            double raw = rawCopy(db, null);
            System.out.printf("  the same rows by raw INSERT ... SELECT: %.1f s%n", raw);
            System.out.printf("  ratio rebuild / raw: %.2f%n", rebuild / raw);

            System.out.printf("%n(b) One day's changes: 5,000 contacts, 300 complaint changes, 50 merges%n");
            long firstNew = oneDaysChanges(db);
            started = System.nanoTime();
            report = post(http, app + "/api/warehouse/fact-loads");
            double incremental = seconds(started);
            System.out.printf("  load of the changes through the API: %.2f s (%s)%n", incremental, status(report));
            double rawDay = rawCopy(db, firstNew);
            System.out.printf("  the day's new contacts by raw INSERT ... SELECT: %.2f s%n", rawDay);
            System.out.printf("  ratio load / raw: %.1f%n", incremental / rawDay);
            System.out.printf("%nTarget: a day's changes in under 5 s: %.2f s, %s%n", incremental, incremental < 5 ? "met" : "NOT met");
        }
    }

    private static String status(String report) {
        int at = report.indexOf("\"status\":\"");
        return at < 0 ? report : report.substring(at + 10, report.indexOf('"', at + 10));
    }

    /** Raw copies of every fact (or only the contacts from {@code firstContact}) into scratch tables; the seconds taken. */
    private static double rawCopy(Connection db, Long firstContact) throws SQLException {
        Map<String, Integer> bands = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT code, age_band_key FROM warehouse.dim_age_band")) {
            while (rs.next()) {
                bands.put(rs.getString(1), rs.getInt(2));
            }
        }
        List<FactDefinition> facts = new Facts(Dialect.POSTGRESQL, AgeBands.DEFAULT, bands).all();
        try (Statement s = db.createStatement()) {
            for (FactDefinition f : facts) {
                s.execute("DROP TABLE IF EXISTS warehouse.raw_" + f.table());
                s.execute("CREATE TABLE warehouse.raw_" + f.table() + " (LIKE warehouse." + f.table() + ")");
            }
            s.execute("DROP TABLE IF EXISTS warehouse.raw_dim_resident");
            s.execute("CREATE TABLE warehouse.raw_dim_resident (LIKE warehouse.dim_resident)");
            long started = System.nanoTime();
            for (FactDefinition f : facts) {
                if (firstContact != null && !f.table().equals("fact_contact")) {
                    continue;
                }
                String sql = f.insert().replace("INSERT INTO warehouse." + f.table(), "INSERT INTO warehouse.raw_" + f.table())
                        .replace(WORK_FILTER, firstContact == null ? " IS NOT NULL" : " >= " + firstContact);
                s.execute(sql);
            }
            if (firstContact == null) {
                s.execute("INSERT INTO warehouse.raw_dim_resident SELECT r.id, COALESCE(r.merged_into, r.id), NULL,"
                        + " (SELECT MIN(equality_profile_key) FROM warehouse.dim_equality_profile), FALSE FROM council.resident r");
            }
            return seconds(started);
        }
    }

    /** Writes a day's changes as the application would stamp them (UTC); returns the first new contact's id. */
    private static long oneDaysChanges(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            long next = single(s, "SELECT MAX(id) + 1 FROM council.contact");
            long residents = single(s, "SELECT MAX(id) FROM council.resident");
            long services = single(s, "SELECT MIN(id) FROM council.service");
            String now = "(now() AT TIME ZONE 'UTC')";
            s.execute("INSERT INTO council.contact (id, resident_id, channel, contact_type, started_at, ended_at, reason, outcome,"
                    + " resolved_first_point, avoidable, handled_by, service_id, changed_at) SELECT " + next + " + g,"
                    + " 1 + (g * 7919) % " + residents + ", 'TELEPHONE', 'TRANSACTION', " + now + " - INTERVAL '1 hour',"
                    + " " + now + " - INTERVAL '55 minutes', 'Council tax query', 'Explained', TRUE, FALSE, 'benchmark', " + services
                    + ", " + now + " FROM generate_series(0, 4999) AS g");
            s.execute("UPDATE council.complaint SET state = 'CLOSED', changed_at = " + now + " WHERE id IN (SELECT id FROM"
                    + " council.complaint ORDER BY id DESC LIMIT 300)");
            long merge = single(s, "SELECT COALESCE(MAX(id), 0) + 1 FROM council.resident_merge");
            s.execute("INSERT INTO council.resident_merge (id, kept_id, merged_id, reason, merged_by, merged_at, version, changed_at)"
                    + " SELECT " + merge + " + g, 1000 + 2 * g, 1001 + 2 * g, 'Same person', 'benchmark', " + now + ", 0, " + now
                    + " FROM generate_series(0, 49) AS g");
            s.execute("UPDATE council.resident SET merged_into = id - 1, changed_at = " + now + " WHERE id IN (SELECT 1001 + 2 * g"
                    + " FROM generate_series(0, 49) AS g)");
            return next;
        }
    }

    // ------------------------------------------------------------------ the borough

    private static void load(Connection db, int residents, long contacts) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (single(s, "SELECT COUNT(*) FROM council.resident") == 0) {
                long started = System.nanoTime();
                int loaded = CustomerViewBenchmark.loadResidents(db, residents);
                s.execute("UPDATE council.resident SET changed_at = " + OLD);
                System.out.printf("Loaded %,d resident records in %.0f s%n", loaded, seconds(started));
            }
            if (single(s, "SELECT COUNT(*) FROM council.service") == 0) {
                s.execute("INSERT INTO council.service (id, lgsl_id, name, local, active, version) SELECT g, 9000 + g,"
                        + " 'Benchmark service ' || g, FALSE, TRUE, 0 FROM generate_series(1, 40) AS g");
            }
            long have = single(s, "SELECT COUNT(*) FROM council.contact");
            long people = single(s, "SELECT MAX(id) FROM council.resident");
            if (have < contacts) {
                long started = System.nanoTime();
                for (long from = have + 1; from <= contacts; from += 2_000_000) {
                    long to = Math.min(contacts, from + 1_999_999);
                    s.execute("INSERT INTO council.contact (id, resident_id, channel, contact_type, started_at, ended_at, reason,"
                            + " outcome, resolved_first_point, avoidable, avoidable_reason, handled_by, service_id,"
                            + " answered_after_seconds, answer_target_seconds, changed_at)"
                            + " SELECT g, 1 + (g * 2654435761) % " + people + ","
                            + " (ARRAY['TELEPHONE','WEB','EMAIL','FACE_TO_FACE','POST','WEBCHAT'])[1 + (g % 6)::int],"
                            + " (ARRAY['TRANSACTION','INTERACTION','INFORMATION'])[1 + (g % 3)::int],"
                            + " TIMESTAMP '2022-04-01' + ((g * 7919) % 140000000 || ' seconds')::interval,"
                            + " TIMESTAMP '2022-04-01' + ((g * 7919) % 140000000 + 300 || ' seconds')::interval,"
                            + " 'Council tax query', 'Explained next steps', g % 10 < 7, g % 5 = 0,"
                            + " CASE WHEN g % 5 = 0 THEN 'CHASING_PROGRESS' END, 'benchmark', 1 + g % 40,"
                            + " CASE WHEN g % 6 IN (0, 5) THEN ((g * 13) % 90)::int END, CASE WHEN g % 6 IN (0, 5) THEN 15 END, " + OLD
                            + " FROM generate_series(" + from + "::bigint, " + to + ") AS g");
                    System.out.printf("  %,d of %,d contacts%n", to, contacts);
                }
                s.execute("ANALYZE");
                System.out.printf("Loaded %,d contacts in %.0f s%n", contacts, seconds(started));
            }
            long complaints = contacts / 100;
            if (single(s, "SELECT COUNT(*) FROM council.complaint") == 0) {
                long started = System.nanoTime();
                s.execute("INSERT INTO council.feedback (id, kind, resident_id, channel, service_id, summary, received_at, logged_by,"
                        + " version, changed_at) SELECT g, 'COMPLAINT', 1 + (g * 7919) % " + people + ", 'EMAIL', 1 + g % 40,"
                        + " 'Benchmark complaint', TIMESTAMP '2022-04-01' + ((g * 104729) % 140000000 || ' seconds')::interval,"
                        + " 'benchmark', 0, " + OLD + " FROM generate_series(1::bigint, " + complaints + ") AS g");
                s.execute("INSERT INTO council.complaint (id, policy_id, policy_version, category, ombudsman, state, stage, version,"
                        + " changed_at) SELECT g, 'complaint-handling-code-2024', 1, 'DELAY', 'LGSCO', 'RESPONDED', 1, 0, " + OLD
                        + " FROM generate_series(1::bigint, " + complaints + ") AS g");
                s.execute("INSERT INTO council.complaint_stage (id, complaint_id, stage, received_on, acknowledged_at, responded_at,"
                        + " outcome, version, changed_at) SELECT f.id, f.id, 1, CAST(f.received_at AS DATE), f.received_at"
                        + " + INTERVAL '2 days', f.received_at + INTERVAL '12 days', 'UPHELD', 0, " + OLD
                        + " FROM council.feedback f WHERE f.kind = 'COMPLAINT'");
                s.execute("INSERT INTO council.complaint_step (id, complaint_id, stage, step, started_on, due_on, extended_by,"
                        + " done_on, version, changed_at) SELECT 2 * st.id - 1, st.id, 1, 'acknowledge', st.received_on,"
                        + " st.received_on + 7, 0, st.received_on + 2, 0, " + OLD + " FROM council.complaint_stage st"
                        + " UNION ALL SELECT 2 * st.id, st.id, 1, 'respond', st.received_on + 2, st.received_on + 16, 0,"
                        + " st.received_on + 12, 0, " + OLD + " FROM council.complaint_stage st");
                for (String seq : List.of("contact", "feedback", "complaint_stage", "complaint_step")) {
                    s.execute("SELECT setval('council." + seq + "_seq', (SELECT MAX(id) + 100 FROM council." + seq + "))");
                }
                s.execute("ANALYZE");
                System.out.printf("Loaded %,d complaints in %.0f s%n", complaints, seconds(started));
            }
            if (single(s, "SELECT COUNT(*) FROM council.staff_user WHERE username = '" + ADMIN + "'") == 0) {
                s.execute("INSERT INTO council.staff_user (username, display_name, password_hash, enabled, created_at) VALUES ('"
                        + ADMIN + "', 'Benchmark administrator', '" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10)) + "', TRUE, now())");
                s.execute("INSERT INTO council.staff_user_role (username, role_name) VALUES ('" + ADMIN + "', 'administrator')");
            }
        }
    }

    private static String post(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofHours(2))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
