package uk.gov.council.cs.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.gov.council.cs.reports.ReportContents;
import uk.gov.council.cs.reports.ReportTemplates;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.figures.WarehouseReader;
import uk.gov.council.cs.reports.render.ReportDocuments;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * The committee reports at borough scale on PostgreSQL (run by {@code bin/benchmark-reports}, against the
 * borough {@code bin/benchmark-warehouse} loaded): each report as a PDF through the REST API of the warm
 * server, beside, in the same run, the SQL statements its figures need run raw over JDBC, and its drawing
 * (JasperReports fill and PDF export) alone. The quarterly report is timed for a financial quarter, the
 * two yearly reports for a financial year, as those are the only periods each takes. Targets: each report
 * under 3 seconds, and drawing it no longer than its queries.
 */
public final class ReportsBenchmark {

    /** The administrator {@code WarehouseBenchmark} adds when it loads the borough. */
    private static final String ADMIN = "benchmark-administrator";
    private static final String PASSWORD = "benchmark-password";
    private static final double TARGET_SECONDS = 3;

    private record Case(ReportKind kind, ReportPeriod period) {
    }

    /** One statement a report's figures ran, with its parameters, as {@link WarehouseReader} was given them. */
    private record Recorded(String sql, List<Object> parameters) {
    }

    /** Seconds of each run; the median (the lower one for an even count) and the longest. */
    private record Timings(List<Double> seconds) {
        double p50() {
            List<Double> sorted = seconds.stream().sorted().toList();
            return sorted.get((sorted.size() - 1) / 2);
        }

        double max() {
            return seconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        String text() {
            return String.format(Locale.UK, "%.2f / %.2f", p50(), max());
        }
    }

    private ReportsBenchmark() {
    }

    /**
     * {@code URL USER PASSWORD APP QUARTER YEAR RUNS DIRECTORY}: times the reports on the started server, writing
     * each report's statements with their times into DIRECTORY.
     */
    public static void main(String[] args) throws Exception {
        String app = args[3];
        List<Case> cases = List.of(
                new Case(ReportKind.QUARTERLY_PERFORMANCE, ReportPeriod.parse(args[4])),
                new Case(ReportKind.ANNUAL_COMPLAINTS, ReportPeriod.parse(args[5])),
                new Case(ReportKind.EQUALITY, ReportPeriod.parse(args[5])));
        int runs = Integer.parseInt(args[6]);
        Path statements = Path.of(args[7]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(true);
            if (single(db, "SELECT COUNT(*) FROM council.staff_user WHERE username = '" + ADMIN + "'") == 0) {
                throw new IllegalStateException("The cluster has no " + ADMIN + ": load it with bin/benchmark-warehouse first.");
            }
            // Facts current with this build's load (the population baseline is copied at each load since V3).
            long started = System.nanoTime();
            String load = send(http, HttpRequest.newBuilder(URI.create(app + "/api/warehouse/fact-loads"))
                    .POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofString()).body();
            System.out.printf("Warehouse load before timing: %.1f s (%s)%n", seconds(started), status(load));
            scale(db, cases);

            ReportDocuments.Templates templates = new ReportDocuments.Templates(new ReportTemplates().get("committee-report"),
                    new ReportTemplates().get("figure-table"));
            // The server warm: each report drawn once through the API before anything is timed.
            for (Case c : cases) {
                api(http, app, c);
            }
            System.out.printf("%nEach report %d times after one warm-up; p50 / max in seconds.%n", runs);
            List<String> lines = new ArrayList<>();
            for (Case c : cases) {
                lines.add(time(http, app, db, templates, c, runs, statements));
            }
            System.out.printf("%n%-22s %-11s %-17s %-17s %-17s %-8s %s%n", "report", "period", "API", "queries", "rendering",
                    "API<3s", "rendering<=queries");
            lines.forEach(System.out::println);
        }
    }

    /** Times one report: through the API, its statements raw, and its drawing; returns its line of the table. */
    private static String time(HttpClient http, String app, Connection db, ReportDocuments.Templates templates, Case c, int runs,
                               Path statementsDirectory) throws Exception {
        System.out.printf("%n%s, %s%n", c.kind().code(), c.period().label());
        int[] apiBytes = new int[1];
        Timings api = repeat(runs, () -> apiBytes[0] = api(http, app, c));

        List<Recorded> statements = new ArrayList<>();
        long started = System.nanoTime();
        // As the EJB builds it (ReportContents, the same settings: none are set here or on the benchmark's server).
        CommitteeReport content = ReportContents.build(db, (sql, parameters) -> statements.add(new Recorded(sql, parameters)), c.kind(),
                c.period(), CouncilTime.today());
        System.out.printf("  content built in this process once: %.2f s, %d statements%n", seconds(started), statements.size());

        double[][] each = new double[statements.size()][runs];
        List<Double> totals = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            double total = 0;
            for (int i = 0; i < statements.size(); i++) {
                each[i][run] = raw(db, statements.get(i));
                total += each[i][run];
            }
            totals.add(total);
        }
        Timings queries = new Timings(totals);

        int[] pdfBytes = new int[1];
        Runnable draw = () -> pdfBytes[0] = ReportDocuments.pdf(ReportDocuments.fill(content, templates, null)).length;
        draw.run();
        Timings rendering = repeat(runs, () -> {
            draw.run();
            return pdfBytes[0];
        });

        System.out.printf("  API %s s (PDF %,d bytes); queries %s s; rendering %s s (PDF %,d bytes)%n", api.text(), apiBytes[0],
                queries.text(), rendering.text(), pdfBytes[0]);
        statementsByTime(c, statements, each, statementsDirectory);
        return String.format(Locale.UK, "%-22s %-11s %-17s %-17s %-17s %-8s %s", c.kind().code(), c.period().code(), api.text(),
                queries.text(), rendering.text(), api.max() < TARGET_SECONDS ? "met" : "NOT met",
                rendering.p50() <= queries.p50() ? "met" : "NOT met");
    }

    /** The slowest three statements printed, and every one written to a file, slowest first, with its times. */
    private static void statementsByTime(Case c, List<Recorded> statements, double[][] each, Path directory) throws IOException {
        List<Integer> order = new ArrayList<>();
        List<Timings> byStatement = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            order.add(i);
            byStatement.add(new Timings(java.util.Arrays.stream(each[i]).boxed().toList()));
        }
        order.sort(Comparator.comparingDouble((Integer i) -> byStatement.get(i).p50()).reversed());
        System.out.println("  slowest statements (p50 of the raw runs):");
        for (int i : order.subList(0, Math.min(3, order.size()))) {
            String sql = statements.get(i).sql().replaceAll("\\s+", " ");
            System.out.printf("    %.3f s  %s %s%n", byStatement.get(i).p50(), sql.length() > 160 ? sql.substring(0, 157) + "..." : sql,
                    statements.get(i).parameters());
        }
        // Every statement, slowest first, with its parameters written in, ready for EXPLAIN ANALYZE in psql.
        Path file = directory.resolve(c.kind().code() + "-" + c.period().code() + ".sql");
        StringBuilder text = new StringBuilder();
        for (int i : order) {
            text.append(String.format(Locale.UK, "-- p50 %.3f s, max %.3f s%n%s;%n%n", byStatement.get(i).p50(), byStatement.get(i).max(),
                    literal(statements.get(i))));
        }
        Files.createDirectories(directory);
        Files.writeString(file, text);
        System.out.println("  every statement with its time: " + file);
    }

    /** One recorded statement run raw, every column of every row read; the seconds taken. */
    private static double raw(Connection db, Recorded r) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement s = db.prepareStatement(r.sql())) {
            for (int i = 0; i < r.parameters().size(); i++) {
                s.setObject(i + 1, r.parameters().get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
        return seconds(started);
    }

    /** The report's PDF through the API; its size in bytes. */
    private static int api(HttpClient http, String app, Case c) throws Exception {
        byte[] pdf = send(http, HttpRequest.newBuilder(URI.create(app + "/api/reports/" + c.kind().code() + "?period="
                + c.period().code() + "&format=pdf")).GET(), HttpResponse.BodyHandlers.ofByteArray()).body();
        if (pdf.length < 4 || !new String(pdf, 0, 4, StandardCharsets.US_ASCII).equals("%PDF")) {
            throw new IllegalStateException(c.kind().code() + " did not answer with a PDF");
        }
        return pdf.length;
    }

    private static <T> HttpResponse<T> send(HttpClient http, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws Exception {
        // HTTP Basic: the server checks the password with bcrypt once and remembers it, so the warm-up pays for it.
        HttpResponse<T> r = http.send(request.timeout(Duration.ofMinutes(30)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(), body);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    @FunctionalInterface
    private interface Run {
        int run() throws Exception;
    }

    private static Timings repeat(int runs, Run run) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            run.run();
            seconds.add(seconds(started));
        }
        return new Timings(seconds);
    }

    /** The warehouse's size, and how much of it the timed periods hold. */
    private static void scale(Connection db, List<Case> cases) throws SQLException {
        System.out.printf("%nWarehouse: %,d resident records; %,d contact facts; %,d complaint stage facts; %,d service request"
                        + " step facts; %,d satisfaction responses; %,d Ombudsman cases%n",
                single(db, "SELECT COUNT(*) FROM warehouse.dim_resident"), single(db, "SELECT COUNT(*) FROM warehouse.fact_contact"),
                single(db, "SELECT COUNT(*) FROM warehouse.fact_complaint_stage"),
                single(db, "SELECT COUNT(*) FROM warehouse.fact_service_request_step"),
                single(db, "SELECT COUNT(*) FROM warehouse.fact_satisfaction"),
                single(db, "SELECT COUNT(*) FROM warehouse.fact_ombudsman_case"));
        for (ReportPeriod p : cases.stream().map(Case::period).distinct().toList()) {
            Object[] days = WarehouseReader.days(p);
            System.out.printf("  %s: %,d contacts, %,d complaint stages received%n", p.label(),
                    single(db, "SELECT COUNT(*) FROM warehouse.fact_contact WHERE date_key BETWEEN " + days[0] + " AND " + days[1]),
                    single(db, "SELECT COUNT(*) FROM warehouse.fact_complaint_stage WHERE received_date_key BETWEEN " + days[0]
                            + " AND " + days[1]));
        }
    }

    private static String status(String report) {
        int at = report.indexOf("\"status\":\"");
        return at < 0 ? report : report.substring(at + 10, report.indexOf('"', at + 10));
    }

    /** The statement with its parameters in place of the markers (numbers as they are, text quoted). */
    private static String literal(Recorded r) {
        StringBuilder sql = new StringBuilder();
        int next = 0;
        for (char ch : r.sql().toCharArray()) {
            if (ch == '?' && next < r.parameters().size()) {
                Object value = r.parameters().get(next++);
                sql.append(value == null ? "NULL" : value instanceof Number ? value.toString()
                        : "'" + value.toString().replace("'", "''") + "'");
            } else {
                sql.append(ch);
            }
        }
        return sql.toString();
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
