package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only in the database itself. Connected as the application's own login
 * (a member of council_app, which owns nothing), a row can be read but neither changed nor deleted,
 * the table cannot be emptied, and the trigger guarding it cannot be switched off; even the schema's
 * owner, who could switch it off, is stopped by the trigger while it is on. Run by the PostgreSQL
 * execution only (see ear/pom.xml): H2, the demo database, cannot load the trigger inside WildFly.
 */
class AuditRowsCannotBeChangedIT extends DeployedCouncil {

    private static Connection as(String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("council.it.postgres.port",
                "55432") + "/council?currentSchema=council", login, "council");
    }

    private static long latestRow(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void asTheApplicationAnAuditRowCanBeNeitherChangedNorDeletedNorItsGuardSwitchedOff() throws SQLException {
        Residents.register("Wiesław", Council.uniqueSurname(), "1950-01-01", "SE1 7PB");
        try (Connection c = as("council_runtime"); Statement s = c.createStatement()) {
            long id = latestRow(s);
            SQLException changed = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_event SET username = 'someone else' WHERE id = " + id));
            assertTrue(changed.getMessage().contains("permission denied"), changed.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event WHERE id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_event"));
            SQLException disabled = assertThrows(SQLException.class,
                    () -> s.executeUpdate("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only"));
            assertTrue(disabled.getMessage().contains("must be owner"), disabled.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DROP TRIGGER audit_event_append_only ON audit_event"));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_event WHERE id = " + id)) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the row is still there, and readable");
            }
        }
    }

    @Test
    void evenTheOwnerIsStoppedByTheTriggerWhileItIsOn() throws SQLException {
        Residents.register("Zdzisław", Council.uniqueSurname(), "1951-02-02", "SE1 7PB");
        try (Connection c = as("council"); Statement s = c.createStatement()) {
            long id = latestRow(s);
            SQLException changed = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_event SET username = 'someone else' WHERE id = " + id));
            assertTrue(changed.getMessage().contains("Audit rows cannot be changed or deleted"), changed.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event WHERE id = " + id));
        }
    }
}
