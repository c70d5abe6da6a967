package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The retention job erases what has expired, keeps what has not, and reports what it did. */
class RetentionIT extends DeployedCouncil {

    @Test
    void aContactOlderThanTheRetentionPeriodIsErasedWithItsTimelineEntry() {
        long id = Residents.withProfile("Zofia", Council.uniqueSurname(), "1945-08-08", "SE16 3RW", "07700 900654", "JR 65 43 21 A");
        Instant sevenYearsAgo = Instant.now().minus(7 * 366, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> old = Council.postJson("residents/" + id + "/contacts", "adviser",
                "{\"channel\":\"POST\",\"contactType\":\"INFORMATION\",\"serviceId\":" + Residents.firstServiceId()
                        + ",\"reason\":\"Letter about rates\",\"resolvedAtFirstPoint\":true,\"avoidable\":false,\"startedAt\":\""
                        + sevenYearsAgo + "\"}");
        assertEquals(201, old.statusCode(), old::body);
        long oldContact = Council.json(old).get("id").asLong();
        long recentContact = Residents.logContact(id, "Recent enquiry");

        HttpResponse<String> run = Council.postJson("retention/run", "administrator", "");
        assertEquals(200, run.statusCode(), run::body);
        JsonNode report = Council.json(run);
        assertTrue(report.get("contactsErased").asInt() >= 1, report::toString);

        assertEquals(404, Council.get("contacts/" + oldContact, "adviser").statusCode(), "the expired contact is gone");
        assertEquals(200, Council.get("contacts/" + recentContact, "adviser").statusCode(), "the recent one is kept");
        JsonNode timeline = Council.json(Council.get("residents/" + id + "/timeline", "adviser"));
        assertEquals(1, timeline.get("total").asInt(), "its timeline entry went with it: " + timeline);
        assertEquals(200, Council.get("residents/" + id + "/profile", "adviser").statusCode(), "a resident with recent contact is kept");

        JsonNode runs = Council.json(Council.get("retention/runs", "administrator"));
        assertTrue(runs.get(0).get("report").asText().startsWith("Erased "), runs::toString);
        assertEquals(403, Council.postJson("retention/run", "adviser", "").statusCode());
    }
}
