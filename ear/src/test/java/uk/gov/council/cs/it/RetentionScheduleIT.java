package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The retention schedule, kind by kind, once the years have passed (TimePassing moves the records'
 * own dates back): what has expired goes, what has not stays, and each person affected gets the
 * audit row that says what was done, by the retention job, and why. The demo's periods are the defaults: six years, and
 * 90 days for rejected incoming records.
 */
class RetentionScheduleIT extends DeployedCouncil {

    private static final Period SEVEN_YEARS = Period.ofYears(7);

    private static JsonNode runRetention() {
        HttpResponse<String> run = Council.postJson("retention/run", "administrator", "");
        assertEquals(200, run.statusCode(), run::body);
        return Council.json(run);
    }

    private static List<String> auditPurposes(long resident, String action) {
        List<String> purposes = new ArrayList<>();
        for (JsonNode row : Council.json(Council.get("audit?subjectType=resident&subjectId=" + resident, "administrator"))) {
            if (row.get("action").asText().equals(action)) {
                purposes.add(row.get("username").asText() + ": " + row.get("purpose").asText());
            }
        }
        return purposes;
    }

    private static long logFeedback(long resident, String kind, String summary) {
        HttpResponse<String> logged = Council.postJson("feedback", "adviser", "{\"residentId\":" + resident + ",\"kind\":\"" + kind
                + "\",\"channel\":\"WEB\",\"summary\":\"" + summary + "\"}");
        assertEquals(201, logged.statusCode(), logged::body);
        return Council.json(logged).get("id").asLong();
    }

    @Test
    void equalityAnswersReplacedOverTwoYearsAgoGoButTheCurrentOnesStay() {
        long resident = ComplaintsApi.newResident("Monitored");
        String today = WorkingDayCount.today().toString();
        JsonNode first = Council.json(Council.postJson("equality-monitoring", "adviser", "{\"residentId\":" + resident
                + ",\"consent\":true,\"answeredOn\":\"" + today + "\",\"channel\":\"WEB\",\"answers\":{\"religion\":\"SIKH\"}}"));
        Council.postJson("equality-monitoring", "adviser", "{\"residentId\":" + resident + ",\"consent\":true,\"answeredOn\":\""
                + today + "\",\"channel\":\"WEB\",\"answers\":{\"religion\":\"PREFER_NOT_TO_SAY\"}}");
        assertEquals(1, TimePassing.setAgo("equality_questionnaire", "replaced_at", "id", first.get("questionnaireId").asLong(),
                Period.ofYears(3)));

        JsonNode report = runRetention();
        assertTrue(report.get("equalityQuestionnairesErased").asInt() >= 1, report::toString);
        JsonNode history = Council.json(Council.get("equality-monitoring/history?resident=" + resident, "equality-officer"));
        assertEquals(1, history.size(), history::toString);
        assertEquals("PREFER_NOT_TO_SAY", history.get(0).get("answers").get("religion").asText(), "the current answers stay");
        assertTrue(auditPurposes(resident, "DELETE").contains(
                "retention-job: equality monitoring: retention: answers replaced over 2 years ago erased"),
                () -> auditPurposes(resident, "DELETE").toString());
    }

    @Test
    void feedbackAndFinishedComplaintsGoAfterSixYearsButAComplaintStillOpenStays() {
        long resident = ComplaintsApi.newResident("Retained");
        long compliment = logFeedback(resident, "COMPLIMENT", "The library staff found my lost bag");
        long refused = ComplaintsApi.log("adviser", resident, null);
        ComplaintsApi.step(refused, "acknowledge", "complaints-officer", null);
        ComplaintsApi.step(refused, "refuse", "complaints-officer",
                "{\"reason\":\"PLANNING_APPEAL\",\"evidence\":\"An appeal was lodged with the Planning Inspectorate\"}");
        long stillOpen = ComplaintsApi.log("adviser", resident, null);
        ComplaintsApi.step(stillOpen, "acknowledge", "complaints-officer", null);
        for (long feedback : List.of(compliment, refused, stillOpen)) {
            assertEquals(1, TimePassing.setAgo("feedback", "received_at", "id", feedback, SEVEN_YEARS));
        }

        JsonNode report = runRetention();
        assertTrue(report.get("feedbackErased").asInt() >= 2, report::toString);
        assertEquals("administrator", report.get("ranBy").asText(), "the run names who asked for it");

        assertEquals(404, Council.get("complaints/" + refused, "complaints-officer").statusCode(), "the refused complaint is gone");
        assertEquals(200, Council.get("complaints/" + stillOpen, "complaints-officer").statusCode(),
                "a complaint still open is kept however old");
        JsonNode export = Council.json(Council.get("subject-access/" + resident, "administrator"));
        assertEquals(0, export.get("feedback").size(), "the compliment is gone: " + export.get("feedback"));
        assertEquals(1, export.get("complaints").size(), export.get("complaints")::toString);
        assertEquals("C" + stillOpen, export.get("complaints").get(0).get("reference").asText());
        String timeline = Council.json(Council.get("residents/" + resident + "/timeline?max=50", "adviser")).toString();
        assertTrue(!timeline.contains("lost bag") && !Pattern.compile("C" + refused + "\\D").matcher(timeline).find(), timeline);
        assertTrue(auditPurposes(resident, "DELETE").contains(
                "retention-job: retention: feedback and finished complaints received over 6 years ago erased"),
                () -> auditPurposes(resident, "DELETE").toString());
    }

    @Test
    void aServiceRequestClosedSixYearsAgoIsErasedAndOneClosedRecentlyKept() {
        long resident = ComplaintsApi.newResident("Requested");
        long old = closedRequest(resident, "Missed collection, long ago");
        long recent = closedRequest(resident, "Missed collection, last week");
        assertEquals(1, TimePassing.setAgo("service_request", "received_at", "id", old, SEVEN_YEARS.plusDays(10)));
        assertEquals(1, TimePassing.setAgo("service_request", "closed_at", "id", old, SEVEN_YEARS));

        JsonNode report = runRetention();
        assertTrue(report.get("serviceRequestsErased").asInt() >= 1, report::toString);

        assertEquals(404, Council.get("service-requests/" + old, "adviser").statusCode(), "the old request is gone");
        assertEquals(200, Council.get("service-requests/" + recent, "adviser").statusCode(), "the recent one is kept");
        String timeline = Council.json(Council.get("residents/" + resident + "/timeline?max=50", "adviser")).toString();
        assertTrue(!timeline.contains("long ago") && timeline.contains("last week"), timeline);
        assertTrue(auditPurposes(resident, "DELETE").contains(
                "retention-job: retention: service requests closed over 6 years ago erased"),
                () -> auditPurposes(resident, "DELETE").toString());
    }

    private static long closedRequest(long resident, String description) {
        HttpResponse<String> logged = Council.postJson("service-requests", "adviser", "{\"residentId\":" + resident
                + ",\"serviceId\":" + Residents.firstServiceId() + ",\"channel\":\"EMAIL\",\"description\":\"" + description + "\"}");
        assertEquals(201, logged.statusCode(), logged::body);
        long id = Council.json(logged).get("id").asLong();
        HttpResponse<String> closed = Council.postJson("service-requests/" + id + "/steps", "adviser",
                "{\"step\":\"CLOSE\",\"note\":\"Collected\"}");
        assertEquals(200, closed.statusCode(), closed::body);
        return id;
    }

    @Test
    void aRejectedRecordReplayedOverNinetyDaysAgoIsErasedButOneAwaitingAttentionIsKept() {
        String replayedSurname = Council.uniqueSurname();
        String waitingSurname = Council.uniqueSurname();
        BackOffice.send("back-office-system", "ResidentIntake", BackOffice.resident("Halina", replayedSurname, "1971-02-30", "SE5 9RS"));
        BackOffice.send("back-office-system", "ResidentIntake", BackOffice.resident("Irena", waitingSurname, "1972-02-30", "SE5 9RS"));
        Council.eventually(Duration.ofSeconds(30), "both quarantined",
                () -> BackOffice.quarantined(replayedSurname) != null && BackOffice.quarantined(waitingSurname) != null);
        long replayed = BackOffice.quarantined(replayedSurname).get("id").asLong();
        long waiting = BackOffice.quarantined(waitingSurname).get("id").asLong();
        HttpResponse<String> replay = BackOffice.replay(replayed, BackOffice.resident("Halina", replayedSurname, "1971-03-02", "SE5 9RS"));
        assertEquals(202, replay.statusCode(), replay::body);
        Council.eventually(Duration.ofSeconds(30), "the replay recorded", () -> "REPLAYED".equals(
                Council.json(Council.get("rejected-records/" + replayed, "administrator")).get("status").asText()));
        // Two days over, not one: the job counts whole days in the council's zone, so an instant 91
        // days ago in UTC is only 90 days ago in London during the last hour of a UTC day in summer.
        Period wellOverNinetyDays = Period.ofDays(92);
        assertEquals(1, TimePassing.setAgo("rejected_record", "received_at", "id", replayed, wellOverNinetyDays.plusDays(1)));
        assertEquals(1, TimePassing.setAgo("rejected_record", "resolved_at", "id", replayed, wellOverNinetyDays));
        assertEquals(1, TimePassing.setAgo("rejected_record", "received_at", "id", waiting, Period.ofYears(1)));

        JsonNode report = runRetention();
        assertTrue(report.get("rejectedRecordsErased").asInt() >= 1, report::toString);

        assertEquals(404, Council.get("rejected-records/" + replayed, "administrator").statusCode(), () -> "resolved long ago: gone " + report);
        JsonNode kept = Council.json(Council.get("rejected-records/" + waiting, "administrator"));
        assertEquals("QUARANTINED", kept.get("status").asText(), "a record nobody has dealt with stays, however old");
    }

    @Test
    void aResidentWithNothingOnRecordForSixYearsIsAnonymisedAndOneWithRecentContactKept() {
        long quiet = Council.json(Residents.register("Kazimiera", Council.uniqueSurname(), "1944-06-17", "SE15 4QB"))
                .get("resident").get("id").asLong();
        long active = Council.json(Residents.register("Leokadia", Council.uniqueSurname(), "1946-07-18", "SE15 4QB"))
                .get("resident").get("id").asLong();
        Residents.logContact(active, "Council tax question");
        for (long resident : List.of(quiet, active)) {
            assertEquals(1, TimePassing.setAgo("resident", "registered_at", "id", resident, SEVEN_YEARS));
        }
        TimePassing.setAgo("timeline_entry", "occurred_at", "resident_id", quiet, SEVEN_YEARS);

        JsonNode report = runRetention();
        assertTrue(report.get("residentsAnonymised").asInt() >= 1, report::toString);

        JsonNode anonymised = Council.json(Council.get("subject-access/" + quiet, "administrator")).get("person");
        assertEquals("Anonymised", anonymised.get("forename").asText(), anonymised::toString);
        assertEquals("Anonymised", anonymised.get("surname").asText());
        assertEquals("1944-01-01", anonymised.get("dateOfBirth").asText(), "only the year of birth is kept");
        assertEquals(List.of("retention-job: retention: nothing on record for 6 years, anonymised"),
                auditPurposes(quiet, "UPDATE").stream().filter(p -> p.contains("retention")).toList());
        JsonNode kept = Council.json(Council.get("subject-access/" + active, "administrator")).get("person");
        assertEquals("Leokadia", kept.get("forename").asText(), "recent contact keeps a record as it is");
    }
}
