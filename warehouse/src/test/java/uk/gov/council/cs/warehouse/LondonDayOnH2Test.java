package uk.gov.council.cs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The council's day of a moment stored in UTC, as H2 itself works it out: an evening in British
 * Summer Time belongs to the next UTC day's London date, and the clock changes fall where they do.
 */
class LondonDayOnH2Test {

    @ParameterizedTest(name = "{0} UTC is {1} in London")
    @CsvSource({
            "2026-03-31 23:30:00, 2026-04-01",   // BST: 00:30 on the 1st
            "2026-03-31 22:59:59, 2026-03-31",
            "2026-06-15 23:00:00, 2026-06-16",
            "2026-12-31 23:30:00, 2026-12-31",   // GMT: the same day
            "2026-03-29 00:59:59, 2026-03-29",   // the night the clocks go forward
            "2026-10-24 23:30:00, 2026-10-25",   // the night they go back, still BST
            "2026-10-25 23:30:00, 2026-10-25"})
    void theDayIsLondonsNotUtcs(String utc, LocalDate london) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:london-day;TIME ZONE=UTC");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + Dialect.H2.londonDay("TIMESTAMP '" + utc + "'"))) {
            rs.next();
            assertEquals(london, rs.getObject(1, LocalDate.class));
        }
    }
}
