package uk.gov.council.cs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.equality.AgeBands;

class DialectTest {

    @Test
    void theDatabaseIsKnownByItsProductName() {
        assertEquals(Dialect.POSTGRESQL, Dialect.of("PostgreSQL"));
        assertEquals(Dialect.H2, Dialect.of("H2"));
    }

    @Test
    void ageBandsAreACaseOverTheBandsYoungestFirst() {
        AgeBands bands = AgeBands.parse("0-15,16-64,65+");
        Map<String, Integer> keys = Map.of("0-15", 1, "16-64", 2, "65+", 3);
        assertEquals("CASE WHEN r.dob IS NULL THEN NULL WHEN r.dob > DATEADD(YEAR, -16, d) THEN 1"
                + " WHEN r.dob > DATEADD(YEAR, -65, d) THEN 2 ELSE 3 END", Dialect.H2.ageBandKey("r.dob", "d", bands, keys));
        assertEquals("CASE WHEN r.dob IS NULL THEN NULL WHEN r.dob > CAST(d - INTERVAL '16 years' AS DATE) THEN 1"
                        + " WHEN r.dob > CAST(d - INTERVAL '65 years' AS DATE) THEN 2 ELSE 3 END",
                Dialect.POSTGRESQL.ageBandKey("r.dob", "d", bands, keys));
    }

    @Test
    void aRebuildTruncatesOnPostgreSqlInOneStatementButDeletesOnH2WhereTruncateWouldCommit() {
        assertEquals(List.of("TRUNCATE TABLE a, b"), Dialect.POSTGRESQL.emptying(List.of("a", "b")));
        assertEquals(List.of("DELETE FROM a", "DELETE FROM b"), Dialect.H2.emptying(List.of("a", "b")));
    }
}
