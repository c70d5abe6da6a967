package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Equality answers are special category data: an adviser records them but cannot read them back,
 * they never reach the customer view, and the equality officer's read is audited with its purpose.
 */
class EqualityAnswersAreSpecialCategoryIT extends DeployedCouncil {

    static final String ANSWERS = "{\"ethnicGroup\":\"CARIBBEAN\",\"sex\":\"FEMALE\","
            + "\"genderIdentity\":\"SAME_AS_SEX_REGISTERED_AT_BIRTH\",\"sexualOrientation\":\"BISEXUAL\","
            + "\"religion\":\"OTHER\",\"religionWriteIn\":\"Rastafari\",\"longTermCondition\":\"YES\","
            + "\"dayToDayLimitation\":\"A_LOT\",\"legalPartnershipStatus\":\"MARRIED\",\"unpaidCarer\":\"PREFER_NOT_TO_SAY\"}";

    static String questionnaire(long resident, String answeredOn, String answers) {
        return "{\"residentId\":" + resident + ",\"consent\":true,\"answeredOn\":\"" + answeredOn
                + "\",\"channel\":\"TELEPHONE\",\"answers\":" + answers + "}";
    }

    @Test
    void anAdviserRecordsAnswersButNeitherTheyNorTheCustomerViewShowThem() {
        long resident = ComplaintsApi.newResident("Marcia");
        HttpResponse<String> recorded = Council.postJson("equality-monitoring", "adviser",
                questionnaire(resident, WorkingDayCount.today().toString(), ANSWERS));
        assertEquals(201, recorded.statusCode(), recorded::body);
        assertFalse(recorded.body().contains("CARIBBEAN") || recorded.body().contains("Rastafari"),
                "the answers are not sent back: " + recorded.body());

        HttpResponse<String> readBack = Council.get("equality-monitoring?resident=" + resident, "adviser");
        assertEquals(403, readBack.statusCode(), readBack::body);
        assertTrue(readBack.body().contains("Roles that may: equality-officer."), readBack::body);
        assertEquals(403, Council.get("equality-monitoring/history?resident=" + resident, "complaints-officer").statusCode());
        assertEquals(403, Council.get("equality-monitoring?resident=" + resident, "administrator").statusCode(),
                "not even an administrator reads one person's answers outside a subject access export");

        JsonNode status = Council.json(Council.get("equality-monitoring/status?resident=" + resident, "adviser"));
        assertEquals(WorkingDayCount.today().toString(), status.get("answeredOn").asText(), "the adviser sees that they answered");
        assertEquals("TELEPHONE", status.get("channel").asText());

        for (String view : new String[]{"residents/" + resident + "/profile", "residents/" + resident,
                "residents/" + resident + "/timeline?max=50"}) {
            String body = Council.get(view, "adviser").body();
            assertFalse(body.contains("CARIBBEAN") || body.contains("Caribbean") || body.contains("Rastafari")
                    || body.contains("BISEXUAL") || body.contains("Bisexual"), view + " shows an answer: " + body);
        }
        String timeline = Council.get("residents/" + resident + "/timeline?kind=equality-monitoring", "adviser").body();
        assertTrue(timeline.contains("Equality monitoring questions answered (telephone)"), timeline);
    }

    @Test
    void theEqualityOfficerReadsTheAnswersAndTheReadIsAuditedWithItsPurpose() {
        long resident = ComplaintsApi.newResident("Delroy");
        assertEquals(201, Council.postJson("equality-monitoring", "adviser",
                questionnaire(resident, WorkingDayCount.today().toString(), ANSWERS)).statusCode());

        HttpResponse<String> read = Council.send(Council.api("equality-monitoring?resident=" + resident, "equality-officer")
                .header("X-Purpose", "checking a disputed answer").GET().build());
        assertEquals(200, read.statusCode(), read::body);
        JsonNode answers = Council.json(read);
        assertEquals("CARIBBEAN", answers.get("answers").get("ethnicGroup").asText());
        assertEquals("Rastafari", answers.get("answers").get("religionWriteIn").asText());
        assertEquals("DISABLED", answers.get("disability").asText(), "a condition limiting activities a lot");
        assertTrue(Council.absent(answers.get("answers"), "pregnancyOrMaternity"), "not asked stays not asked");
        assertEquals("adviser", answers.get("recordedBy").asText());

        JsonNode trail = Council.json(Council.get("audit?subjectType=resident&subjectId=" + resident, "administrator"));
        JsonNode latest = trail.get(0);
        assertEquals("READ", latest.get("action").asText(), trail::toString);
        assertEquals("equality-officer", latest.get("username").asText());
        assertEquals("equality monitoring: answers read: checking a disputed answer", latest.get("purpose").asText());
        assertTrue(trail.toString().contains("\"CREATE\"") && trail.toString().contains("equality monitoring: "),
                "the recording was audited too: " + trail);
    }
}
