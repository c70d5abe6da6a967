package uk.gov.council.cs.warehouse;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import uk.gov.council.cs.security.Roles;

/**
 * The steps of a star-schema load, each its own transaction, so that a load that dies keeps every
 * chunk it finished and its place: the work list of a fact, one chunk of it, the erasures, the
 * watermark. {@link StarSchemaLoad} runs them in order.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoadSteps {

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    /** What one chunk did: the last id it took (none when the work was done), rows removed and copied, months touched. */
    public record Chunk(Long lastId, int removed, int copied, Set<Integer> months) {
    }

    /** The watermark row of a fact: loaded through, and the window and place of a load that did not finish. */
    public record Watermark(Instant loadedThrough, Instant windowTo, Long resumeAfterId) {
    }

    public Dialect dialect() {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw failed("reading the database's name", e);
        }
    }

    public Watermark watermark(String fact) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT loaded_through, window_to, resume_after_id FROM warehouse.load_watermark"
                     + " WHERE fact = ?")) {
            s.setString(1, fact);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return new Watermark(null, null, null);
                }
                long resume = rs.getLong(3);
                Long resumeAfter = rs.wasNull() ? null : resume;
                return new Watermark(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)), resumeAfter);
            }
        } catch (SQLException e) {
            throw failed("reading the watermark of " + fact, e);
        }
    }

    /** Lists the ids whose rows changed in the window, and records the window, so a load that dies can resume it. */
    public int listWork(FactDefinition fact, LoadWindow window) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "DELETE FROM warehouse.load_work WHERE fact = ?", fact.name());
            Object[] params = new Object[1 + 2 * fact.windowPairs()];
            params[0] = fact.name();
            for (int i = 0; i < fact.windowPairs(); i++) {
                params[1 + 2 * i] = Timestamp.from(window.from());
                params[2 + 2 * i] = Timestamp.from(window.to());
            }
            int listed = update(c, "INSERT INTO warehouse.load_work (fact, id) SELECT DISTINCT CAST(? AS VARCHAR(40)), x.id FROM (" + fact.changedIds()
                    + ") x", params);
            if (update(c, "UPDATE warehouse.load_watermark SET window_to = ?, resume_after_id = NULL WHERE fact = ?",
                    Timestamp.from(window.to()), fact.name()) == 0) {
                update(c, "INSERT INTO warehouse.load_watermark (fact, loaded_through, window_to) VALUES (?, ?, ?)", fact.name(),
                        Timestamp.from(LoadWindow.BEGINNING), Timestamp.from(window.to()));
            }
            return listed;
        } catch (SQLException e) {
            throw failed("listing the changes of " + fact.name(), e);
        }
    }

    /**
     * Copies the next chunk of work after {@code afterId}: its facts are deleted and copied again, and
     * the place kept. {@code intoEmptyFacts} for a rebuild's first pass, whose facts were just emptied:
     * nothing to delete and no months to note (a rebuild reconciles every month). On the partitioned
     * contact fact that saves a look-up by contact id in every year's partition.
     */
    public Chunk copyChunk(FactDefinition fact, long afterId, int size, boolean intoEmptyFacts) {
        try (Connection c = dataSource.getConnection()) {
            Long last = null;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM warehouse.load_work WHERE fact = ? AND id > ? ORDER BY id")) {
                s.setMaxRows(size);
                s.setString(1, fact.name());
                s.setLong(2, afterId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                    }
                }
            }
            if (last == null) {
                return new Chunk(null, 0, 0, Set.of());
            }
            Set<Integer> months = new TreeSet<>();
            int removed = 0;
            if (!intoEmptyFacts) {
                months.addAll(integers(c, fact.monthsOfChunk(), fact.name(), afterId, last));
                removed = update(c, fact.deleteChunk(), fact.name(), afterId, last);
            }
            int copied = update(c, fact.insert(), repeated(fact.insert(), fact.name(), afterId, last));
            if (!intoEmptyFacts) {
                months.addAll(integers(c, fact.monthsOfChunk(), fact.name(), afterId, last));
            }
            if (fact.name().equals(ContactAggregates.CONTACT_FACT) && !months.isEmpty()) {
                ContactAggregates.noteMonths(c, months);
            }
            update(c, "UPDATE warehouse.load_watermark SET resume_after_id = ? WHERE fact = ?", last, fact.name());
            return new Chunk(last, removed, copied, months);
        } catch (SQLException e) {
            throw failed("copying " + fact.name() + " after id " + afterId, e);
        }
    }

    /** Removes the facts of records erased in the window; says how many and from which months. */
    public Chunk removeErased(FactDefinition fact, LoadWindow window) {
        if (fact.erased() == null) {
            return new Chunk(null, 0, 0, Set.of());
        }
        try (Connection c = dataSource.getConnection()) {
            Timestamp from = Timestamp.from(window.from());
            Timestamp to = Timestamp.from(window.to());
            Set<Integer> months = new TreeSet<>(integers(c, fact.monthsOfErased(), from, to));
            int removed = update(c, fact.erased(), from, to);
            if (fact.name().equals(ContactAggregates.CONTACT_FACT) && !months.isEmpty()) {
                ContactAggregates.noteMonths(c, months);
            }
            return new Chunk(null, removed, 0, months);
        } catch (SQLException e) {
            throw failed("removing erased " + fact.name(), e);
        }
    }

    /** The window is in: the watermark moves to its end and the work list is cleared. */
    public void finish(String fact, LoadWindow window) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE warehouse.load_watermark SET loaded_through = ?, window_to = NULL, resume_after_id = NULL"
                    + " WHERE fact = ?", Timestamp.from(window.to()), fact);
            update(c, "DELETE FROM warehouse.load_work WHERE fact = ?", fact);
        } catch (SQLException e) {
            throw failed("finishing " + fact, e);
        }
    }

    /** The financial years whose contact aggregates are to be counted again; after a rebuild, every year. */
    public List<String> yearsToRecount(boolean everyYear) {
        try (Connection c = dataSource.getConnection()) {
            if (everyYear) {
                ContactAggregates.noteEveryYear(c);
            }
            return ContactAggregates.noted(c);
        } catch (SQLException e) {
            throw failed("listing the years to count again", e);
        }
    }

    /** Counts one financial year's contact aggregates again, in one transaction with clearing its note. */
    public void recount(String financialYear) {
        try (Connection c = dataSource.getConnection()) {
            ContactAggregates.recount(c, financialYear);
        } catch (SQLException e) {
            throw failed("counting the contacts of " + financialYear + " for the reports", e);
        }
    }

    /** A rebuild forgets every watermark and empties the facts, in one transaction. */
    public void forgetEverything(List<FactDefinition> facts) {
        List<String> tables = new ArrayList<>();
        facts.forEach(f -> tables.add("warehouse." + f.table()));
        tables.addAll(List.of("warehouse.dim_resident", "warehouse.load_work", "warehouse.load_watermark"));
        try (Connection c = dataSource.getConnection()) {
            for (String sql : Dialect.of(c.getMetaData().getDatabaseProductName()).emptying(tables)) {
                update(c, sql);
            }
        } catch (SQLException e) {
            throw failed("emptying the facts", e);
        }
    }

    /** Counts per month: (period, count) rows of a query. */
    public Map<String, Long> countByMonth(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
            return counts;
        } catch (SQLException e) {
            throw failed("counting", e);
        }
    }

    /** One month of one fact: the operational count, then the warehouse's. */
    public long[] countMonth(FactDefinition fact, java.time.YearMonth month) {
        try (Connection c = dataSource.getConnection()) {
            java.time.LocalDate first = month.atDay(1);
            java.time.LocalDate next = month.plusMonths(1).atDay(1);
            Object from = fact.countsMoments() ? Timestamp.from(first.atStartOfDay(uk.gov.council.cs.workingdays.CouncilTime.ZONE)
                    .toInstant()) : java.sql.Date.valueOf(first);
            Object to = fact.countsMoments() ? Timestamp.from(next.atStartOfDay(uk.gov.council.cs.workingdays.CouncilTime.ZONE)
                    .toInstant()) : java.sql.Date.valueOf(next);
            List<Integer> operational = integers(c, fact.operationalMonth(), from, to);
            List<Integer> warehouse = integers(c, fact.warehouseMonth(), FinancialCalendar.dateKey(first),
                    FinancialCalendar.dateKey(month.atEndOfMonth()));
            return new long[]{operational.get(0), warehouse.get(0)};
        } catch (SQLException e) {
            throw failed("counting " + fact.name() + " for " + month, e);
        }
    }

    public long startLoad(String kind, String by, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO warehouse.warehouse_load (kind, started_at, started_by, status,"
                     + " rows_copied, rows_removed) VALUES (?, ?, ?, 'RUNNING', 0, 0)", new String[]{"id"})) {
            s.setString(1, kind);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, by);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("recording the load", e);
        }
    }

    public void endLoad(long id, String status, long copied, long removed, String detail,
                        List<Reconciliation.Difference> differences, Map<String, Map<String, Long>> operationalCounts) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE warehouse.warehouse_load SET finished_at = ?, status = ?, rows_copied = ?, rows_removed = ?,"
                    + " detail = ? WHERE id = ?", Timestamp.from(Instant.now()), status, copied, removed,
                    detail == null ? null : detail.length() > 4000 ? detail.substring(0, 3999) : detail, id);
            Map<String, Reconciliation.Difference> wrong = new HashMap<>();
            differences.forEach(d -> wrong.put(d.fact() + " " + d.period(), d));
            for (Map.Entry<String, Map<String, Long>> fact : operationalCounts.entrySet()) {
                for (Map.Entry<String, Long> period : fact.getValue().entrySet()) {
                    Reconciliation.Difference d = wrong.remove(fact.getKey() + " " + period.getKey());
                    update(c, "INSERT INTO warehouse.load_reconciliation (load_id, fact, period, operational, warehouse)"
                            + " VALUES (?, ?, ?, ?, ?)", id, fact.getKey(), period.getKey(), period.getValue(),
                            d == null ? period.getValue() : d.warehouse());
                }
            }
            for (Reconciliation.Difference d : wrong.values()) {
                update(c, "INSERT INTO warehouse.load_reconciliation (load_id, fact, period, operational, warehouse)"
                        + " VALUES (?, ?, ?, ?, ?)", id, d.fact(), d.period(), d.operational(), d.warehouse());
            }
        } catch (SQLException e) {
            throw failed("recording the end of load " + id, e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FactLoadReport> history(int max) {
        List<FactLoadReport> loads = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, kind, started_at, finished_at, started_by, status, rows_copied,"
                     + " rows_removed, detail FROM warehouse.warehouse_load ORDER BY id DESC")) {
            s.setMaxRows(Math.max(1, Math.min(max, 200)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    loads.add(new FactLoadReport(id, rs.getString(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
                            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getString(9), differences(c, id)));
                }
            }
            return loads;
        } catch (SQLException e) {
            throw failed("reading the loads", e);
        }
    }

    private static List<Reconciliation.Difference> differences(Connection c, long loadId) throws SQLException {
        List<Reconciliation.Difference> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT fact, period, operational, warehouse FROM warehouse.load_reconciliation"
                + " WHERE load_id = ? AND operational <> warehouse ORDER BY fact, period")) {
            s.setLong(1, loadId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new Reconciliation.Difference(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return list;
    }

    /** The parameters of a statement that names the chunk once per UNION ALL branch (the service request's three steps). */
    private static Object[] repeated(String sql, Object... chunk) {
        int times = (int) java.util.regex.Pattern.compile("w\\.fact = \\?").matcher(sql).results().count();
        Object[] params = new Object[times * chunk.length];
        for (int i = 0; i < times; i++) {
            System.arraycopy(chunk, 0, params, i * chunk.length, chunk.length);
        }
        return params;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    private static List<Integer> integers(Connection c, String sql, Object... params) throws SQLException {
        List<Integer> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getInt(1));
                }
            }
        }
        return values;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static IllegalStateException failed(String what, SQLException e) {
        // The SQL state and the database's words name tables and columns, never the rows' values.
        return new IllegalStateException("Warehouse load failed " + what + ": " + e.getSQLState() + " " + e.getMessage(), e);
    }
}
