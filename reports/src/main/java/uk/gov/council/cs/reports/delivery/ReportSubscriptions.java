package uk.gov.council.cs.reports.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.schedule.DeliverySchedule;
import uk.gov.council.cs.reports.schedule.RelativePeriod;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilCalendar;

/** Administrators' subscriptions to the committee reports: kept, changed, paused, and their delivery log read. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class ReportSubscriptions {

    /** The domains outside the council a report may be sent to, comma separated (none by default). */
    public static final String EXTERNAL_DOMAINS = "council.reports.external-domains";

    /** A subscription as administrators see it, with its next five runs. */
    public record SubscriptionView(long id, String report, String reportTitle, String period, String periodInWords,
                                   String schedule, String scheduleInWords, List<String> formats, List<String> recipients,
                                   boolean paused, List<Instant> nextRuns, String changedBy, Instant changedAt) {
    }

    /** One run of a subscription and what became of each recipient's copy. */
    public record RunView(long id, String runKey, String period, Instant startedAt, Instant finishedAt, String startedBy,
                          String status, Boolean emptyReport, String detail, List<String> documents, List<DeliveryView> deliveries) {
    }

    public record DeliveryView(String recipient, String status, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @Inject
    private CouncilCalendar calendar;

    static Set<String> externalDomains() {
        return Arrays.stream(System.getProperty(EXTERNAL_DOMAINS, "").split(",")).map(d -> d.strip().toLowerCase(Locale.UK))
                .filter(d -> !d.isEmpty()).collect(Collectors.toSet());
    }

    public List<SubscriptionView> all() {
        return read("SELECT * FROM warehouse.report_subscription ORDER BY id");
    }

    public SubscriptionView find(long id) {
        List<SubscriptionView> found = read("SELECT * FROM warehouse.report_subscription WHERE id = ?", id);
        if (found.isEmpty()) {
            throw new NotFound("report subscription", id);
        }
        return found.get(0);
    }

    public SubscriptionView create(SubscriptionDetails details) {
        check(details, "The subscription was not kept.");
        Timestamp now = Timestamp.from(Instant.now());
        String who = ActingAs.who(session.getCallerPrincipal());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO warehouse.report_subscription (report, period, schedule, formats,"
                     + " recipients, paused, created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            bind(s, details);
            s.setTimestamp(6, now);
            s.setString(7, who);
            s.setTimestamp(8, now);
            s.setString(9, who);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return find(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw DeliveryLog.failed("keeping a subscription", e);
        }
    }

    /** Changes a subscription; its schedule counts from now, so a run before the change is not sent late. */
    public SubscriptionView edit(long id, SubscriptionDetails details) {
        find(id);
        check(details, "The subscription was not changed.");
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE warehouse.report_subscription SET report = ?, period = ?, schedule = ?,"
                     + " formats = ?, recipients = ?, changed_at = ?, changed_by = ? WHERE id = ?")) {
            bind(s, details);
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.setString(7, ActingAs.who(session.getCallerPrincipal()));
            s.setLong(8, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw DeliveryLog.failed("changing a subscription", e);
        }
        return find(id);
    }

    /** Pauses or resumes; a resumed subscription sends its next run, not those missed while paused. */
    public SubscriptionView pause(long id, boolean paused) {
        find(id);
        try (Connection c = dataSource.getConnection()) {
            DeliveryLog.update(c, "UPDATE warehouse.report_subscription SET paused = ?, changed_at = ?, changed_by = ? WHERE id = ?",
                    paused, Timestamp.from(Instant.now()), ActingAs.who(session.getCallerPrincipal()), id);
        } catch (SQLException e) {
            throw DeliveryLog.failed("pausing a subscription", e);
        }
        return find(id);
    }

    /** The next five runs of a schedule as typed, for the form to show before saving. */
    public List<Instant> preview(String schedule) {
        try {
            return DeliverySchedule.parse(schedule == null ? "" : schedule).nextRuns(Instant.now(), 5, calendar.calendar());
        } catch (IllegalArgumentException e) {
            throw new DetailsRefused("There are no runs to show.", List.of("schedule: " + e.getMessage()));
        }
    }

    /** The latest runs of a subscription, newest first, each with its deliveries. */
    public List<RunView> runs(long id, int max) {
        find(id);
        List<RunView> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, run_key, period, started_at, finished_at, started_by, status,"
                     + " empty_report, detail FROM warehouse.report_run WHERE subscription_id = ? ORDER BY started_at DESC, id DESC")) {
            s.setLong(1, id);
            s.setMaxRows(Math.max(1, Math.min(max, 200)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long run = rs.getLong(1);
                    runs.add(new RunView(run, rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), rs.getString(6),
                            rs.getString(7), (Boolean) rs.getObject(8), rs.getString(9), documents(c, run), deliveries(c, run)));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw DeliveryLog.failed("reading the delivery log", e);
        }
    }

    private static List<String> documents(Connection c, long run) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT file_name, size_bytes, content IS NOT NULL FROM warehouse.report_run_document"
                + " WHERE run_id = ? ORDER BY format")) {
            s.setLong(1, run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1) + " (" + rs.getInt(2) / 1024 + " KB" + (rs.getBoolean(3) ? "" : ", no longer kept") + ")");
                }
            }
        }
        return names;
    }

    private static List<DeliveryView> deliveries(Connection c, long run) throws SQLException {
        List<DeliveryView> deliveries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT recipient, status, attempts, next_attempt_at, sent_at, last_error"
                + " FROM warehouse.report_delivery WHERE run_id = ? ORDER BY id")) {
            s.setLong(1, run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    deliveries.add(new DeliveryView(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs, 4), instant(rs, 5),
                            rs.getString(6)));
                }
            }
        }
        return deliveries;
    }

    private static void check(SubscriptionDetails details, String summary) {
        List<String> problems = details.problems(externalDomains());
        if (!problems.isEmpty()) {
            throw new DetailsRefused(summary, problems);
        }
    }

    private static void bind(PreparedStatement s, SubscriptionDetails d) throws SQLException {
        s.setString(1, d.report().strip());
        s.setString(2, d.period().strip());
        s.setString(3, DeliverySchedule.parse(d.schedule()).text());
        s.setString(4, d.reportFormats().stream().map(f -> f.extension()).collect(Collectors.joining(",")));
        s.setString(5, d.recipients().stream().map(r -> Recipient.parse(r, externalDomains()).text()).distinct()
                .collect(Collectors.joining("\n")));
    }

    private List<SubscriptionView> read(String sql, Object... values) {
        List<SubscriptionView> views = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
            return views;
        } catch (SQLException e) {
            throw DeliveryLog.failed("reading subscriptions", e);
        }
    }

    private SubscriptionView view(ResultSet rs) throws SQLException {
        DeliverySchedule schedule = DeliverySchedule.parse(rs.getString("schedule"));
        RelativePeriod period = RelativePeriod.parse(rs.getString("period"));
        boolean paused = rs.getBoolean("paused");
        return new SubscriptionView(rs.getLong("id"), rs.getString("report"), ReportKind.ofCode(rs.getString("report")).title(),
                period.code(), period.description(), schedule.text(), schedule.description(),
                List.of(rs.getString("formats").split(",")), List.of(rs.getString("recipients").split("\n")), paused,
                paused ? List.of() : schedule.nextRuns(Instant.now(), 5, calendar.calendar()), rs.getString("changed_by"),
                instant(rs, rs.findColumn("changed_at")));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
