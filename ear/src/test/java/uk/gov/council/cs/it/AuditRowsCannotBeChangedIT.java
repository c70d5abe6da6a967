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
 * The audit trail is append-only in the database itself: connected with the application's own
 * credentials, a row can be read but neither changed nor deleted. Run by the PostgreSQL execution
 * only (see ear/pom.xml): H2, the demo database, cannot load the trigger inside WildFly.
 */
class AuditRowsCannotBeChangedIT extends DeployedCouncil {

    private static Connection asTheApplication() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("council.it.postgres.port",
                "55432") + "/council?currentSchema=council", "council", "council");
    }

    @Test
    void anAuditRowCanBeNeitherChangedNorDeleted() throws SQLException {
        Residents.register("Wiesław", Council.uniqueSurname(), "1950-01-01", "SE1 7PB");
        try (Connection c = asTheApplication(); Statement s = c.createStatement()) {
            long id;
            try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM audit_event")) {
                rs.next();
                id = rs.getLong(1);
            }
            SQLException changed = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_event SET username = 'someone else' WHERE id = " + id));
            assertTrue(changed.getMessage().contains("Audit rows cannot be changed or deleted"), changed.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event WHERE id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_event"));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_event WHERE id = " + id)) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the row is still there");
            }
        }
    }
}
