package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every read and change of a resident's record is attributable: who, when, what and why. */
class AuditTrailIT extends DeployedCouncil {

    @Test
    void creatingAndReadingAResidentAreBothAudited() {
        HttpResponse<String> created = Council.send(Council.api("residents", "adviser")
                .header("Content-Type", "application/json").header("X-Purpose", "phone call about council tax")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"forename\":\"Joan\",\"surname\":\""
                        + Council.uniqueSurname() + "\",\"dateOfBirth\":\"1941-01-12\",\"postcode\":\"SE22 8AA\"}"))
                .build());
        assertEquals(201, created.statusCode(), created::body);
        long id = Council.json(created).get("resident").get("id").asLong();

        HttpResponse<String> read = Council.send(Council.api("residents/" + id, "complaints-officer")
                .header("X-Purpose", "complaint C-1 triage").GET().build());
        assertEquals(200, read.statusCode());

        JsonNode trail = Council.json(Council.get("audit?subjectType=resident&subjectId=" + id, "administrator"));
        assertEquals(2, trail.size(), trail::toString);
        JsonNode readRow = trail.get(0);
        JsonNode createRow = trail.get(1);
        assertEquals("READ", readRow.get("action").asText());
        assertEquals("complaints-officer", readRow.get("username").asText());
        assertEquals("complaint C-1 triage", readRow.get("purpose").asText());
        assertEquals("CREATE", createRow.get("action").asText());
        assertEquals("adviser", createRow.get("username").asText());
        assertEquals("phone call about council tax", createRow.get("purpose").asText());
        assertTrue(readRow.hasNonNull("occurredAt"));
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        assertEquals(403, Council.get("audit?subjectType=resident&subjectId=1", "adviser").statusCode());
    }
}
