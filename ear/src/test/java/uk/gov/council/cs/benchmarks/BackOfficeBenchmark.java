package uk.gov.council.cs.benchmarks;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The back-office feeds at borough scale on PostgreSQL (run by {@code bin/benchmark-back-office}):
 * 100,000 housing events sent to their queue and a 100,000-row tenancy extract dropped in its
 * folder, each timed from arrival to the last one applied (counted in the database), beside a raw
 * JDBC batch insert of the same rows into a table of their own in the same run.
 */
public final class BackOfficeBenchmark {

    private static final String SYSTEM_USER = "benchmark-system";
    private static final String PASSWORD = "benchmark-password";
    private static final int ROWS = Integer.getInteger("rows", 100_000);
    private static final String HEADER = "tenancy_reference,person_reference,tenancy_type,start_date,end_date,uprn,flat,house,street,"
            + "locality,town,postcode,forename,surname,date_of_birth,ni_number,phone,email";

    private BackOfficeBenchmark() {
    }

    /** Arguments: JDBC url, user, password, broker (tcp://host:port), the tenancy feed's inbox, residents on file. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String broker = args[3];
        Path inbox = Path.of(args[4]);
        int residents = Integer.parseInt(args[5]);
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(true);
            prepare(db, residents);
            long people = single(db, "SELECT COUNT(*) FROM council.resident");
            System.out.printf("%,d residents on file; run %s%n", people, run);

            System.out.printf("%n(a) %,d housing events on the queue HousingEvents, each on one tenant's tenancy%n", ROWS);
            List<String> events = events(db, run);
            long started = System.nanoTime();
            send(broker, events);
            double sent = seconds(started);
            String appliedEvents = "SELECT COUNT(*) FROM council.back_office_record WHERE feed = 'HOUSING_EVENTS'"
                    + " AND record_key LIKE 'BENCH-" + run + "-%'";
            waitUntil(db, appliedEvents, ROWS);
            double applied = seconds(started);
            double rawEvents = rawInsert(db, events);
            System.out.printf("  sent in %.1f s; all applied %.1f s after the first was sent: %,.0f events/s%n", sent, applied,
                    ROWS / applied);
            System.out.printf("  the same rows by raw JDBC batch insert: %.2f s (%,.0f rows/s); ratio %.1f%n", rawEvents,
                    ROWS / rawEvents, applied / rawEvents);

            System.out.printf("%n(b) a %,d-row tenancy extract, each row a resident on file, matched as at the desk%n", ROWS);
            List<String> rows = extractRows(db, run);
            Path file = inbox.resolve("tenancies-benchmark-" + run + ".csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write('\n');
                for (String row : rows) {
                    w.write(row);
                }
            }
            started = System.nanoTime();
            Files.writeString(inbox.resolve(file.getFileName() + ".done"), "");
            String appliedRows = "SELECT (SELECT COUNT(*) FROM council.back_office_record WHERE feed = 'HOUSING_TENANCIES'"
                    + " AND record_key LIKE 'BENCH-" + run + "-%') + (SELECT COUNT(*) FROM council.rejected_record"
                    + " WHERE source = 'folder:housing-tenancies' AND payload LIKE '%BENCH-" + run + "-%')";
            waitUntil(db, appliedRows, ROWS);
            double extract = seconds(started);
            double rawRows = rawInsert(db, rows);
            long linked = single(db, "SELECT COUNT(DISTINCT resident_id) FROM council.back_office_record WHERE feed = 'HOUSING_TENANCIES'"
                    + " AND record_key LIKE 'BENCH-" + run + "-%' AND resident_id <= " + people);
            System.out.printf("  all rows applied %.1f s after the done file: %,.0f rows/s (%,d linked to the resident on file)%n",
                    extract, ROWS / extract, linked);
            System.out.printf("  the same rows by raw JDBC batch insert: %.2f s (%,.0f rows/s); ratio %.1f%n", rawRows,
                    ROWS / rawRows, extract / rawRows);
            System.out.printf("%nTarget: 2,000 records/s through the routes with matching: events %s, extract %s%n",
                    ROWS / applied >= 2000 ? "met" : "NOT met", ROWS / extract >= 2000 ? "met" : "NOT met");
        }
    }

    /** The borough on file (loaded once), the sending system's account, and a tenancy reference on the first residents. */
    private static void prepare(Connection db, int residents) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (single(db, "SELECT COUNT(*) FROM council.resident") < residents / 2) {
                long started = System.nanoTime();
                int loaded = CustomerViewBenchmark.loadResidents(db, residents);
                s.execute("ANALYZE");
                System.out.printf("Loaded %,d resident records in %.0f s%n", loaded, seconds(started));
            }
            if (single(db, "SELECT COUNT(*) FROM council.staff_user WHERE username = '" + SYSTEM_USER + "'") == 0) {
                s.execute("INSERT INTO council.staff_user (username, display_name, password_hash, enabled, created_at) VALUES ('"
                        + SYSTEM_USER + "', 'Benchmark housing system', '" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10))
                        + "', TRUE, now())");
                s.execute("INSERT INTO council.staff_user_role (username, role_name) VALUES ('" + SYSTEM_USER + "', 'back-office-system')");
            }
            if (single(db, "SELECT COUNT(*) FROM council.resident_reference WHERE reference LIKE 'BENCH-T-%'") == 0) {
                s.execute("INSERT INTO council.resident_reference (resident_id, system_name, reference) SELECT id, 'HOUSING_TENANCY',"
                        + " 'BENCH-T-' || id FROM council.resident WHERE id <= " + ROWS);
                s.execute("ANALYZE council.resident_reference");
            }
        }
    }

    private static List<String> events(Connection db, String run) {
        List<String> events = new ArrayList<>(ROWS);
        for (int n = 1; n <= ROWS; n++) {
            events.add(String.format(Locale.ROOT, "{\"eventId\":\"BENCH-%s-%06d\",\"type\":\"repair-reported\","
                    + "\"occurredAt\":\"2026-11-30T09:30:00Z\",\"tenancyReference\":\"BENCH-T-%d\",\"repairReference\":\"R-%06d\","
                    + "\"priority\":\"routine\",\"description\":\"Dripping tap\"}", run, n, n, n));
        }
        return events;
    }

    /** Rows for the residents after the first ROWS, as the housing system knows them: same name, birth date and postcode. */
    private static List<String> extractRows(Connection db, String run) throws SQLException, IOException {
        List<String> rows = new ArrayList<>(ROWS);
        try (PreparedStatement q = db.prepareStatement("SELECT id, forename, surname, date_of_birth, postcode FROM council.resident"
                + " WHERE id > ? AND merged_into IS NULL ORDER BY id LIMIT ?")) {
            q.setLong(1, ROWS);
            q.setInt(2, ROWS);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    try (CSVPrinter csv = new CSVPrinter(line, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                        long id = rs.getLong(1);
                        csv.printRecord("BENCH-" + run + "-T" + id, "P-" + id, "secure", "2020-04-01", "", "", "",
                                Long.toString(1 + id % 200), "Rye Lane", "", "London", rs.getString(5), rs.getString(2),
                                rs.getString(3), rs.getDate(4).toString(), "", "", "");
                    }
                    rows.add(line.toString());
                }
            }
        }
        return rows;
    }

    private static void send(String broker, List<String> messages) {
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(broker
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
             JMSContext jms = connect(cf)) {
            Queue queue = jms.createQueue("HousingEvents");
            JMSProducer producer = jms.createProducer();
            int n = 0;
            for (String m : messages) {
                producer.send(queue, m);
                if (++n % 500 == 0) {
                    jms.commit();
                }
            }
            jms.commit();
        }
    }

    private static JMSContext connect(ActiveMQConnectionFactory cf) {
        cf.setEnable1xPrefixes(true);
        return cf.createContext(SYSTEM_USER, PASSWORD, JMSContext.SESSION_TRANSACTED);
    }

    /** The baseline: the same rows written by plain JDBC batches of 1,000 to a table of their own, one commit per batch. */
    private static double rawInsert(Connection db, List<String> rows) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS public.benchmark_raw_rows");
            s.execute("CREATE TABLE public.benchmark_raw_rows (id BIGINT PRIMARY KEY, record_key VARCHAR(120) UNIQUE, payload TEXT)");
        }
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO public.benchmark_raw_rows VALUES (?, ?, ?)")) {
            long id = 0;
            for (String row : rows) {
                id++;
                insert.setLong(1, id);
                insert.setString(2, "RAW-" + id);
                insert.setString(3, row);
                insert.addBatch();
                if (id % 1000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        double took = seconds(started);
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE public.benchmark_raw_rows");
        }
        return took;
    }

    private static void waitUntil(Connection db, String countSql, long target) throws SQLException, InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long now = single(db, countSql);
            if (now >= target) {
                return;
            }
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            } else if (seconds(lastChange) > 300) {
                throw new IllegalStateException("Nothing applied for five minutes: " + now + " of " + target);
            }
            Thread.sleep(200);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
