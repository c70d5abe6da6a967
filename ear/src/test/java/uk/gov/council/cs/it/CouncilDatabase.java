package uk.gov.council.cs.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The running server's database, opened beside it as the schemas' owner, for the few tests that
 * must arrange what no API offers: years passing (TimePassing), or a write the database refuses.
 * Everything a test checks still goes through the API. On H2 the server opens its file with
 * AUTO_SERVER (see arquillian.xml) so that this second process may connect.
 */
final class CouncilDatabase {

    private CouncilDatabase() {
    }

    static Connection asOwner() throws SQLException {
        if ("postgresql".equals(System.getProperty("council.it.database"))) {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("council.it.postgres.port", "55432")
                    + "/council?currentSchema=council", "council", "council");
        }
        Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + System.getProperty("council.server.dir")
                + "/standalone/data/council/council;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
                "sa", "sa");
        try (Statement s = h2.createStatement()) {
            s.execute("SET SCHEMA council");
        }
        return h2;
    }

    /** Runs one statement as the owner, committed at once. */
    static void execute(String sql) {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused " + sql + ": " + e.getMessage(), e);
        }
    }
}
