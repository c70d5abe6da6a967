package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Opening a resident's overview reads their profile, restrictions, complaints, requests and timeline
 * in one transaction: the trail shows one read by the adviser with the desk's purpose, not five, and
 * opening it again is another read.
 */
class OpeningAResidentIsOneAuditedReadIT extends DeployedCouncil {

    @Test
    void eachOpeningOfTheOverviewIsOneReadInTheTrail() throws Exception {
        long id = ComplaintsApi.newResident("Oona");
        Residents.logContact(id, "Garden waste subscription");
        HttpClient browser = Council.browser();
        assertEquals(302, Council.signIn(browser, "/index.xhtml", "adviser", Council.DEMO_PASSWORD).statusCode());

        for (int opening = 1; opening <= 2; opening++) {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(Council.APP + "/residents/view.xhtml?id=" + id))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Garden waste subscription"), "the overview shows the latest contact");

            JsonNode trail = Council.json(Council.get("audit?subjectType=resident&subjectId=" + id, "administrator"));
            int reads = 0;
            for (JsonNode row : trail) {
                if ("READ".equals(row.get("action").asText()) && "adviser".equals(row.get("username").asText())
                        && "single customer view (adviser's desk)".equals(row.get("purpose").asText())) {
                    reads++;
                }
            }
            assertEquals(opening, reads, "reads by the adviser's desk after opening " + opening + " time(s): " + trail);
        }
    }
}
