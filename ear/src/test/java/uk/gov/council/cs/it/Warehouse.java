package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The star schema as the reports will read it: loads through the API, rows read back from the
 * warehouse schema itself (there is no other reader yet), each row as column name to value.
 */
final class Warehouse {

    private Warehouse() {
    }

    /** Runs a load of the changes, as the nightly job and the administrator do; returns its report. */
    static JsonNode loadChanges() {
        HttpResponse<String> r = Council.send(Council.api("warehouse/fact-loads", "administrator")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode(), r::body);
        return Council.json(r);
    }

    static HttpResponse<String> tryLoad() {
        return Council.send(Council.api("warehouse/fact-loads", "administrator").POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static JsonNode latestLoad() {
        return Council.json(Council.get("warehouse/fact-loads?max=1", "administrator")).get(0);
    }

    /** The rows of a query on the warehouse, each as column to value (numbers as long, booleans as booleans). */
    static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = CouncilDatabase.asOwner(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                                v instanceof Number n && !(v instanceof java.math.BigDecimal) ? Long.valueOf(n.longValue()) : v);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The warehouse could not be read: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> row(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        assertEquals(1, rows.size(), () -> "one row expected from " + sql + ": " + rows);
        return rows.get(0);
    }

    static long dateKey(java.time.LocalDate day) {
        return day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth();
    }
}
