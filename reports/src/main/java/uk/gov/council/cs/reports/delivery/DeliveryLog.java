package uk.gov.council.cs.reports.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import uk.gov.council.cs.reports.ReportDocument;
import uk.gov.council.cs.security.Roles;

/**
 * The delivery log's writes, each committed on its own (the run's claim above all, which must be
 * visible to another server before this one starts drawing the report).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLog {

    /** A delivery due to be tried: its run, the address, how many attempts so far. */
    public record Due(long id, long runId, String recipient, int attempts) {
    }

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    /**
     * Claims a subscription's run: true for the one server that records it first; false when the run was
     * already claimed, here or on another server sharing the database (the unique constraint decides).
     */
    public Long claim(long subscriptionId, String runKey, String period, String by) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, status, started_at FROM warehouse.report_run"
                    + " WHERE subscription_id = ? AND run_key = ?")) {
                s.setLong(1, subscriptionId);
                s.setString(2, runKey);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return abandoned(rs.getString(2), rs.getTimestamp(3)) ? reclaim(c, rs.getLong(1), rs.getTimestamp(3), by) : null;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO warehouse.report_run (subscription_id, run_key, period, started_at,"
                    + " started_by, status) VALUES (?, ?, ?, ?, ?, 'RENDERING')", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, subscriptionId);
                s.setString(2, runKey);
                s.setString(3, period);
                s.setTimestamp(4, Timestamp.from(Instant.now()));
                s.setString(5, by);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            // Another server recorded the same run between the look and the insert.
            if ("23505".equals(e.getSQLState())) {
                return null;
            }
            throw failed("claiming a run", e);
        }
    }

    /**
     * A run still being drawn long after it was claimed was left by a server that stopped while drawing it
     * (drawing takes seconds, minutes at most): it is claimed again, or its period would never be sent.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    private static boolean abandoned(String status, Timestamp startedAt) {
        return "RENDERING".equals(status) && startedAt.toInstant().isBefore(Instant.now().minus(ABANDONED_AFTER));
    }

    /** Takes an abandoned run over: only the server whose update still finds it as it was gets it. */
    private static Long reclaim(Connection c, long runId, Timestamp startedAt, String by) throws SQLException {
        return update(c, "UPDATE warehouse.report_run SET started_at = ?, started_by = ? WHERE id = ? AND status = 'RENDERING'"
                + " AND started_at = ?", Timestamp.from(Instant.now()), by, runId, startedAt) == 1 ? runId : null;
    }

    /** Keeps the run's documents until {@code keptUntil} and lists its recipients, each to be tried now. */
    public void rendered(long runId, boolean empty, List<ReportDocument> documents, Instant keptUntil, List<String> recipients) {
        try (Connection c = dataSource.getConnection()) {
            for (ReportDocument d : documents) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO warehouse.report_run_document (run_id, format, file_name,"
                        + " media_type, content, size_bytes, kept_until) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, runId);
                    s.setString(2, d.fileName().substring(d.fileName().lastIndexOf('.') + 1));
                    s.setString(3, d.fileName());
                    s.setString(4, d.mediaType());
                    s.setBytes(5, d.content());
                    s.setInt(6, d.content().length);
                    s.setTimestamp(7, Timestamp.from(keptUntil));
                    s.executeUpdate();
                }
            }
            for (String r : recipients) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO warehouse.report_delivery (run_id, recipient, status, attempts,"
                        + " next_attempt_at) VALUES (?, ?, 'PENDING', 0, ?)")) {
                    s.setLong(1, runId);
                    s.setString(2, r);
                    s.setTimestamp(3, Timestamp.from(Instant.now()));
                    s.executeUpdate();
                }
            }
            update(c, "UPDATE warehouse.report_run SET status = 'SENDING', empty_report = ? WHERE id = ?", empty, runId);
        } catch (SQLException e) {
            throw failed("keeping a run's documents", e);
        }
    }

    /** A run that could not be drawn: kept with the reason, so that administrators see it in the log. */
    public void failed(long runId, String reason) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE warehouse.report_run SET status = 'FAILED', finished_at = ?, detail = ? WHERE id = ?",
                    Timestamp.from(Instant.now()), cut(reason, 2000), runId);
        } catch (SQLException e) {
            throw failed("recording a failed run", e);
        }
    }

    public List<ReportDocument> documents(long runId) {
        List<ReportDocument> documents = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT file_name, media_type, content FROM warehouse.report_run_document"
                     + " WHERE run_id = ? AND content IS NOT NULL ORDER BY format")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    documents.add(new ReportDocument(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return documents;
        } catch (SQLException e) {
            throw failed("reading a run's documents", e);
        }
    }

    /** Deliveries to try now: pending, or failed with a retry due. */
    public List<Due> due(Instant now) {
        List<Due> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, run_id, recipient, attempts FROM warehouse.report_delivery"
                     + " WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id")) {
            s.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw failed("listing deliveries due", e);
        }
    }

    /**
     * Takes a delivery for this attempt: true only for the server that moves its next attempt on first,
     * so that two servers never send one delivery at the same time.
     */
    public boolean take(Due d, Instant until) {
        try (Connection c = dataSource.getConnection()) {
            // Still due: another server that took it moments ago has moved its next attempt on, so it is not taken twice.
            return update(c, "UPDATE warehouse.report_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND attempts = ?"
                    + " AND next_attempt_at <= ?", Timestamp.from(until), d.id(), d.attempts(), Timestamp.from(Instant.now())) == 1;
        } catch (SQLException e) {
            throw failed("taking a delivery", e);
        }
    }

    public void sent(long deliveryId, int attempts) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE warehouse.report_delivery SET status = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = NULL WHERE id = ?",
                    attempts, Timestamp.from(Instant.now()), deliveryId);
        } catch (SQLException e) {
            throw failed("recording a delivery sent", e);
        }
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up when there is none. */
    public void attemptFailed(long deliveryId, int attempts, String error, Instant retryAt) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE warehouse.report_delivery SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                    retryAt == null ? "FAILED" : "PENDING", attempts, cut(error, 1000), retryAt == null ? null : Timestamp.from(retryAt),
                    deliveryId);
        } catch (SQLException e) {
            throw failed("recording a failed delivery", e);
        }
    }

    /** Closes every run whose deliveries are all settled: SENT when all were sent, FAILED when any was given up. */
    public void settleRuns() {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE warehouse.report_run SET finished_at = ?, status = CASE WHEN EXISTS (SELECT 1 FROM warehouse.report_delivery d"
                    + " WHERE d.run_id = report_run.id AND d.status = 'FAILED') THEN 'FAILED' ELSE 'SENT' END WHERE status = 'SENDING'"
                    + " AND NOT EXISTS (SELECT 1 FROM warehouse.report_delivery d WHERE d.run_id = report_run.id AND d.status = 'PENDING')",
                    Timestamp.from(Instant.now()));
        } catch (SQLException e) {
            throw failed("settling runs", e);
        }
    }

    /** Drops documents kept past their day: the log keeps that a report was sent, not the report. */
    public int forgetOldDocuments(Instant now) {
        try (Connection c = dataSource.getConnection()) {
            return update(c, "UPDATE warehouse.report_run_document SET content = NULL WHERE content IS NOT NULL AND kept_until < ?",
                    Timestamp.from(now));
        } catch (SQLException e) {
            throw failed("forgetting old documents", e);
        }
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("The delivery log failed " + what + " (" + e.getSQLState() + ")", e);
    }
}
