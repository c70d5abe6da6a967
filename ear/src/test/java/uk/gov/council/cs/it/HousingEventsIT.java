package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A repair from the housing system reaches the timeline of every tenant of the tenancy once, though
 * the system sent it twice: JMS from outside the server, Camel, matching by the tenancy reference,
 * the natural key, the timeline and the audit trail.
 */
class HousingEventsIT extends DeployedCouncil {

    @Test
    void aRepairSentTwiceIsOnEachTenantsTimelineOnce() {
        String tenancy = "TEN-" + Council.uniqueSurname().toUpperCase(java.util.Locale.UK);
        String first = Council.uniqueSurname();
        String second = Council.uniqueSurname() + "b";
        BackOffice.send("back-office-system", "ResidentIntake", tenant(tenancy, "Grace", first, "1961-02-11"));
        BackOffice.send("back-office-system", "ResidentIntake", tenant(tenancy, "Winston", second, "1958-09-30"));
        long grace = registered(first);
        long winston = registered(second);

        String eventId = "HMS-" + tenancy + "-1";
        String reported = "{\"eventId\":\"" + eventId + "\",\"type\":\"repair-reported\",\"occurredAt\":\"2026-11-30T09:30:00Z\","
                + "\"tenancyReference\":\"" + tenancy.toLowerCase(java.util.Locale.UK) + "\",\"repairReference\":\"R-55501\","
                + "\"priority\":\"emergency\",\"sorCode\":\"603001\",\"description\":\"Leak under the kitchen sink\"}";
        BackOffice.send("back-office-system", "HousingEvents", reported);
        BackOffice.send("back-office-system", "HousingEvents", reported);
        BackOffice.send("back-office-system", "HousingEvents", "{\"eventId\":\"" + eventId + "-2\",\"type\":\"repair-appointment-made\","
                + "\"occurredAt\":\"2026-11-30T10:00:00Z\",\"tenancyReference\":\"" + tenancy + "\",\"repairReference\":\"R-55501\","
                + "\"appointmentAt\":\"2026-12-01T08:00:00Z\"}");

        Council.eventually(Duration.ofSeconds(30), "the repair's second arrival counted as a duplicate",
                () -> record(eventId).map(r -> r.get("duplicates").asInt() == 1).orElse(false));
        Council.eventually(Duration.ofSeconds(30), "the appointment applied", () -> record(eventId + "-2").isPresent());

        JsonNode seen = record(eventId).orElseThrow();
        assertEquals("repair-reported", seen.get("type").asText());
        assertEquals(2, seen.get("residents").asInt(), "both tenants: " + seen);
        for (long tenant : List.of(grace, winston)) {
            List<String> lines = housingLines(tenant);
            assertEquals(List.of("Repair R-55501: appointment on Tue 1 Dec 2026 at 08:00",
                    "Repair R-55501 reported (emergency; SOR 603001): Leak under the kitchen sink"), lines,
                    "each event once on tenant " + tenant + "'s timeline, newest first");
            JsonNode audit = Council.json(Council.get("audit?subjectType=resident&subjectId=" + tenant, "administrator"));
            assertTrue(audit.toString().contains("housing-feed"), () -> "the audit names the housing feed: " + audit);
        }

        JsonNode feeds = Council.json(Council.get("back-office-feeds", "administrator"));
        JsonNode housing = null;
        for (JsonNode f : feeds) {
            if ("HousingEvents".equals(f.get("feed").asText())) {
                housing = f;
            }
        }
        assertTrue(housing != null && housing.get("applied").asLong() >= 2 && housing.get("duplicates").asLong() >= 1,
                () -> "the feed counts what it applied and the duplicate: " + feeds);
        assertEquals(403, Council.get("back-office-feeds", "adviser").statusCode());
        HttpResponse<String> unknown = Council.get("back-office-feeds/ParkingEvents/records/x", "administrator");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no feed ParkingEvents (the feeds are HousingEvents, BenefitsEvents, housing-tenancies)."), unknown.body());
    }

    private static String tenant(String tenancy, String forename, String surname, String dateOfBirth) {
        return "{\"sourceSystem\":\"housing\",\"sourceReference\":\"" + tenancy + "\",\"forename\":\"" + forename + "\",\"surname\":\""
                + surname + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"postcode\":\"SE15 4QB\"}";
    }

    static long registered(String surname) {
        Council.eventually(Duration.ofSeconds(30), "resident " + surname + " registered from the queue",
                () -> ResidentIntakeQueueIT.findBySurname(surname) != null);
        return ResidentIntakeQueueIT.findBySurname(surname).get("id").asLong();
    }

    static java.util.Optional<JsonNode> record(String eventId) {
        return record("HousingEvents", eventId);
    }

    static java.util.Optional<JsonNode> record(String feed, String eventId) {
        HttpResponse<String> r = Council.get("back-office-feeds/" + feed + "/records/" + eventId, "administrator");
        return r.statusCode() == 200 ? java.util.Optional.of(Council.json(r)) : java.util.Optional.empty();
    }

    static List<String> lines(long resident, String kind) {
        JsonNode timeline = Council.json(Council.get("residents/" + resident + "/timeline?kind=" + kind + "&max=50", "adviser"));
        List<String> lines = new ArrayList<>();
        for (JsonNode item : timeline.get("items")) {
            lines.add(item.get("summary").asText());
        }
        return lines;
    }

    private static List<String> housingLines(long resident) {
        return lines(resident, "housing-event");
    }
}
