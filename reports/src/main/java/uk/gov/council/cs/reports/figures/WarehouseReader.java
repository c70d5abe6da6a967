package uk.gov.council.cs.reports.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.schedule.ReportPeriod;
import uk.gov.council.cs.warehouse.FinancialCalendar;

/**
 * Reads counts from the warehouse schema, and only from it (reports never read the operational
 * tables). Each query is a grouped count; the report classes turn the counts into tables.
 */
public final class WarehouseReader {

    /** A grouped row: the group's words (one or more columns) and its numbers. */
    public record Counted(List<String> keys, List<Number> values) {
        public String key() {
            return keys.get(0);
        }

        public long value(int i) {
            Number n = values.get(i);
            return n == null ? 0 : n.longValue();
        }

        public Double decimal(int i) {
            Number n = values.get(i);
            return n == null ? null : n.doubleValue();
        }
    }

    /** Told of each statement just before it runs, with its parameters (the reports benchmark replays them raw). */
    @FunctionalInterface
    public interface StatementListener {
        void reading(String sql, List<Object> parameters);
    }

    private final Connection connection;
    private final StatementListener listener;

    public WarehouseReader(Connection connection) {
        this(connection, (sql, parameters) -> { });
    }

    public WarehouseReader(Connection connection, StatementListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    /** The first and last date keys of a period, for {@code date_key BETWEEN ? AND ?}. */
    public static Object[] days(ReportPeriod period) {
        return new Object[] {FinancialCalendar.dateKey(period.first()), FinancialCalendar.dateKey(period.last())};
    }

    /**
     * Rows of {@code keyColumns} words followed by numbers, in the query's order. Keys are read as
     * text (a null key is kept as null), numbers as numbers.
     */
    public List<Counted> rows(int keyColumns, String sql, Object... parameters) {
        // A copy the listener may keep; a parameter may be null, which List.of refuses.
        listener.reading(sql, java.util.Collections.unmodifiableList(java.util.Arrays.asList(parameters.clone())));
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Counted> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> keys = new ArrayList<>(keyColumns);
                    for (int i = 1; i <= keyColumns; i++) {
                        keys.add(rs.getString(i));
                    }
                    List<Number> values = new ArrayList<>(columns - keyColumns);
                    for (int i = keyColumns + 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        values.add(v == null ? null : v instanceof Number n ? n : Double.valueOf(v.toString()));
                    }
                    rows.add(new Counted(keys, values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The warehouse could not be read (" + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    /** One row of numbers (a query without grouping). */
    public Counted one(String sql, Object... parameters) {
        List<Counted> rows = rows(0, sql, parameters);
        return rows.isEmpty() ? new Counted(List.of(), List.of()) : rows.get(0);
    }

    /** A count per key, in the query's order. */
    public Map<String, Long> countsBy(String sql, Object... parameters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Counted row : rows(1, sql, parameters)) {
            counts.merge(row.key() == null ? "" : row.key(), row.value(0), Long::sum);
        }
        return counts;
    }

    /** The first day the warehouse holds a contact or a complaint for; none when it holds neither. */
    public java.time.LocalDate earliestDay() {
        Counted row = one("SELECT MIN(k) FROM (SELECT MIN(date_key) AS k FROM warehouse.fact_contact"
                + " UNION ALL SELECT MIN(received_date_key) AS k FROM warehouse.fact_complaint_stage) firsts");
        if (row.values().isEmpty() || row.values().get(0) == null) {
            return null;
        }
        int key = (int) row.value(0);
        return java.time.LocalDate.of(key / 10_000, key / 100 % 100, key % 100);
    }

    /** Words for a report whose period is not over yet: its figures are to the day before it was produced. */
    public static java.util.Optional<String> inProgress(ReportPeriod period, java.time.LocalDate today) {
        return period.last().isBefore(today) ? java.util.Optional.empty() : java.util.Optional.of("This period is not over: the"
                + " figures are those to " + today.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK)) + ", and will change.");
    }

    /** Every code and label of a small dimension, in code order; for tables that show every row, nil or not. */
    public Map<String, String> labels(String dimension) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Counted row : rows(2, "SELECT code, label FROM warehouse." + dimension + " ORDER BY code")) {
            labels.put(row.keys().get(0), row.keys().get(1));
        }
        return labels;
    }
}
