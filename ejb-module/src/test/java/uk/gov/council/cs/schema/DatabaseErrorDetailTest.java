package uk.gov.council.cs.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On PostgreSQL the connection must leave the refused row out of error messages; H2 never quotes it. */
class DatabaseErrorDetailTest {

    @Test
    void postgresqlWithoutTheSettingIsRefusedWithTheFix() {
        String problem = DatabaseErrorDetail.problem("PostgreSQL", "jdbc:postgresql://localhost:5432/council").orElseThrow();
        assertTrue(problem.startsWith("Add logServerErrorDetail=false to council.db.url"), problem);
    }

    @Test
    void postgresqlWithTheSettingMayRun() {
        assertEquals(Optional.empty(), DatabaseErrorDetail.problem("PostgreSQL",
                "jdbc:postgresql://db:5432/council?ssl=true&logServerErrorDetail=false"));
        assertEquals(Optional.empty(), DatabaseErrorDetail.problem("PostgreSQL",
                "jdbc:postgresql://db/council?logservererrordetail=FALSE"), "the driver reads it in any case");
    }

    @Test
    void settingItToTrueIsNotEnough() {
        assertTrue(DatabaseErrorDetail.problem("PostgreSQL", "jdbc:postgresql://db/council?logServerErrorDetail=true").isPresent());
    }

    @Test
    void h2NeedsNothing() {
        assertEquals(Optional.empty(), DatabaseErrorDetail.problem("H2", "jdbc:h2:file:/var/council;MODE=PostgreSQL"));
    }
}
