package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A bad message is kept with its reason where an administrator can see, correct and replay it. */
class RejectedMessageQuarantineIT extends DeployedCouncil {

    @Test
    void invalidDetailsAreQuarantinedWithEveryReason() {
        String surname = Council.uniqueSurname();
        String message = BackOffice.resident("", surname, "30/06/1979", "SW9 8CB");
        BackOffice.send("back-office-system", "ResidentIntake", message);

        Council.eventually(Duration.ofSeconds(30), "quarantined message for " + surname, () -> BackOffice.quarantined(surname) != null);
        JsonNode rejected = BackOffice.quarantined(surname);
        assertEquals(message, rejected.get("payload").asText(), "the message is kept exactly as sent");
        assertEquals("queue:ResidentIntake", rejected.get("source").asText());
        assertEquals("QUARANTINED", rejected.get("status").asText());
        String reason = rejected.get("reason").asText();
        assertTrue(reason.contains("Forename is missing.") && reason.contains("dateOfBirth \"30/06/1979\" is not a date")
                && reason.contains("never C, I, K, M, O or V"), reason);
        assertNotNull(rejected.get("receivedAt"));
    }

    @Test
    void messagesThatAreNotJsonAreQuarantinedToo() {
        String marker = "not-json-" + Council.uniqueSurname();
        BackOffice.send("back-office-system", "ResidentIntake", "<resident>" + marker + "</resident>");
        Council.eventually(Duration.ofSeconds(30), "quarantined non-JSON message", () -> BackOffice.quarantined(marker) != null);
        assertTrue(BackOffice.quarantined(marker).get("reason").asText().contains("not valid JSON"));
    }

    @Test
    void aCorrectedMessageIsReplayedAndBecomesAResident() {
        String surname = Council.uniqueSurname();
        BackOffice.send("back-office-system", "ResidentIntake", BackOffice.resident("Ngozi", surname, "1979-02-30", "SE5 9RS"));
        Council.eventually(Duration.ofSeconds(30), "quarantined message for " + surname, () -> BackOffice.quarantined(surname) != null);
        long id = BackOffice.quarantined(surname).get("id").asLong();

        HttpResponse<String> replay = BackOffice.replay(id, BackOffice.resident("Ngozi", surname, "1979-03-02", "SE5 9RS"));
        assertEquals(202, replay.statusCode(), replay::body);

        Council.eventually(Duration.ofSeconds(30), "replayed resident " + surname,
                () -> ResidentIntakeQueueIT.findBySurname(surname) != null);
        JsonNode record = Council.json(Council.get("rejected-records/" + id, "administrator"));
        assertEquals("REPLAYED", record.get("status").asText());
        HttpResponse<String> again = Council.send(Council.api("rejected-records/" + id + "/replay", "administrator")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(409, again.statusCode(), "a record is replayed once: " + again.body());
        assertTrue(again.body().contains("was already replayed by administrator"), again::body);
        assertEquals(404, Council.send(Council.api("rejected-records/999999/replay", "administrator")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode(), "no such record");
    }
}
