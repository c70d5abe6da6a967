package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * UK GDPR: personal data never reaches the server log, whether a record is accepted, refused by
 * the API, refused from a queue or refused by the database itself. The server log is read from the
 * provisioned server.
 */
class PersonalDataStaysOutOfTheLogIT extends DeployedCouncil {

    private static String serverLog() throws IOException {
        Path log = Path.of(System.getProperty("council.server.dir", "target/server"), "standalone", "log", "server.log");
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void namesDatesOfBirthAndPostcodesAreNotLogged() throws Exception {
        String accepted = Council.uniqueSurname();
        String refusedByApi = Council.uniqueSurname();
        String refusedFromQueue = Council.uniqueSurname();

        assertEquals(201, Council.postJson("residents", "adviser", "{\"forename\":\"Priya\",\"surname\":\"" + accepted
                + "\",\"dateOfBirth\":\"1966-07-14\",\"postcode\":\"SE11 5QY\"}").statusCode());
        assertEquals(400, Council.postJson("residents", "adviser", "{\"forename\":\"Priya\",\"surname\":\"" + refusedByApi
                + "\",\"dateOfBirth\":\"2999-07-14\",\"postcode\":\"SE11 5QY\"}").statusCode());
        BackOffice.send("back-office-system", "ResidentIntake", BackOffice.resident("Priya", refusedFromQueue, "14/07/1966", "SE11 5QV"));
        // Wait for this test's own message (another test's quarantine line may already be in the log).
        Council.eventually(Duration.ofSeconds(30), "the refused message to be quarantined",
                () -> BackOffice.quarantined(refusedFromQueue) != null);

        String log = serverLog();
        for (String personal : new String[] {accepted, refusedByApi, refusedFromQueue, "1966-07-14", "2999-07-14", "14/07/1966", "SE11 5Q"}) {
            List<String> leaks = log.lines().filter(line -> line.contains(personal)).limit(5).toList();
            // The data is synthetic, so quoting the offending lines is safe and says where the leak is.
            assertTrue(leaks.isEmpty(), () -> "the server log contains personal data (" + personal + ") in:\n"
                    + String.join("\n", leaks));
        }
    }

    @Test
    void aWriteTheDatabaseRefusesIsNotQuotedIntoTheLog() throws Exception {
        // PostgreSQL quotes a refused row in its error ("Failing row contains ..."); the server logs the error.
        long id = ComplaintsApi.underInvestigation("investigating-officer");
        ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("UPHELD"));
        String note = "Mrs " + Council.uniqueSurname() + " of 14 Rye Lane has withdrawn";
        String check = "refuse_logged_note_" + id;
        CouncilDatabase.execute("ALTER TABLE complaint_history ADD CONSTRAINT " + check
                + " CHECK (note IS NULL OR note <> '" + note + "')");
        try {
            assertEquals(500, ComplaintsApi.post(id, "close", "complaints-officer", "{\"reason\":\"" + note + "\"}").statusCode());
        } finally {
            CouncilDatabase.execute("ALTER TABLE complaint_history DROP CONSTRAINT " + check);
        }
        List<String> leaks = serverLog().lines().filter(line -> line.contains(note)).limit(5).toList();
        assertTrue(leaks.isEmpty(), () -> "the refused row reached the server log in:\n" + String.join("\n", leaks));
    }
}
