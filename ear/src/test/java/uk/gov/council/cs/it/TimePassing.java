package uk.gov.council.cs.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Years passing, for tests of what the council does with records long after they were made: moves a
 * record's own dates back in the running server's database. Nothing else about the record changes.
 */
final class TimePassing {

    private TimePassing() {
    }

    /**
     * Sets {@code column} of the rows of {@code table} where {@code keyColumn = key} to this long ago
     * (UTC, as the server stores instants); answers how many rows were moved.
     */
    static int setAgo(String table, String column, String keyColumn, long key, Period ago) {
        Timestamp then = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minus(ago));
        try (Connection c = CouncilDatabase.asOwner();
             PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + keyColumn + " = ?")) {
            s.setTimestamp(1, then);
            s.setLong(2, key);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move " + table + "." + column + " back: " + e.getMessage(), e);
        }
    }
}
