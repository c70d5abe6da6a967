package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An unreasonable-complainant decision: recorded with its letter, shown while in force, reviewed and
 * lifted; and a reasonable adjustment agreed with a complainant, reviewed.
 */
class ContactRestrictionIT extends DeployedCouncil {

    @Test
    void aRestrictionIsDecidedWithItsLetterShownWhileInForceAndLiftedOnReview() {
        long resident = ComplaintsApi.newResident("Gordon");
        HttpResponse<String> missing = Council.postJson("contact-restrictions", "complaints-officer",
                "{\"residentId\":" + resident + ",\"conduct\":[],\"decision\":\"\",\"restrictions\":\"\"}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("Say which conduct the decision rests on.")
                && missing.body().contains("Set the date the restriction will be reviewed."), missing::body);
        String decision = "{\"residentId\":" + resident + ",\"conduct\":[\"ABUSIVE_LANGUAGE\",\"RESUBMITTED\"],"
                + "\"decision\":\"Abusive calls to three officers in October\",\"restrictions\":\"Write to the complaints team only\","
                + "\"reviewOn\":\"" + WorkingDayCount.today().plusMonths(6) + "\"}";
        HttpResponse<String> byAnAdviser = Council.postJson("contact-restrictions", "adviser", decision);
        assertEquals(403, byAnAdviser.statusCode());
        assertTrue(byAnAdviser.body().contains("Roles that may: complaints-officer, head-of-service."), byAnAdviser::body);

        HttpResponse<String> decided = Council.postJson("contact-restrictions", "complaints-officer", decision);
        assertEquals(201, decided.statusCode(), decided::body);
        JsonNode r = Council.json(decided);
        assertTrue(r.get("inForce").asBoolean());
        String letter = r.get("letterBody").asText();
        assertTrue(letter.contains("Write to the complaints team only") && letter.contains("Abusive or threatening language")
                && letter.contains("Local Government and Social Care Ombudsman"), letter);

        JsonNode seen = Council.json(Council.get("contact-restrictions?resident=" + resident, "adviser"));
        assertEquals("Write to the complaints team only", seen.get(0).get("restrictions").asText(), "the adviser sees it");
        JsonNode timeline = Council.json(Council.get("residents/" + resident + "/timeline?kind=contact-restriction", "adviser"));
        assertEquals(1, timeline.get("total").asInt(), timeline::toString);

        long id = r.get("id").asLong();
        HttpResponse<String> noNote = Council.postJson("contact-restrictions/" + id + "/review", "head-of-service", "{\"lift\":true}");
        assertEquals(400, noNote.statusCode());
        assertTrue(noNote.body().contains("Record what the review found."), noNote::body);
        JsonNode lifted = Council.json(Council.postJson("contact-restrictions/" + id + "/review", "head-of-service",
                "{\"lift\":true,\"note\":\"No contact for three months; courteous since\"}"));
        assertTrue(!lifted.get("inForce").asBoolean() && lifted.get("reviews").size() == 1, lifted::toString);
    }

    @Test
    void anAdjustmentAgreedWithTheComplainantIsRecordedAndReviewed() {
        long id = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Harriet"), null);
        HttpResponse<String> past = ComplaintsApi.post(id, "adjustments", "complaints-officer",
                "{\"adjustment\":\"Letters in large print\",\"reviewOn\":\"" + WorkingDayCount.today() + "\"}");
        assertEquals(400, past.statusCode());
        assertTrue(past.body().contains("Set a review date after today for the adjustment."), past::body);
        JsonNode c = ComplaintsApi.step(id, "adjustments", "complaints-officer",
                "{\"adjustment\":\"Letters in large print\",\"reviewOn\":\"" + WorkingDayCount.today().plusMonths(1) + "\"}");
        JsonNode adjustment = c.get("adjustments").get(0);
        assertEquals("Letters in large print", adjustment.get("adjustment").asText());
        c = Council.json(Council.postJson("complaint-adjustments/" + adjustment.get("id").asLong() + "/review", "complaints-officer",
                "{\"note\":\"Still needed\",\"nextReviewOn\":\"" + WorkingDayCount.today().plusMonths(3) + "\"}"));
        assertEquals(WorkingDayCount.today().plusMonths(3).toString(), c.get("adjustments").get(0).get("reviewOn").asText(), c::toString);
        assertEquals("Still needed", c.get("adjustments").get(0).get("reviewNote").asText());

        String timeline = Council.json(Council.get("residents/" + c.get("residentId").asLong() + "/timeline?kind=complaint&max=50",
                "adviser")).get("items").toString();
        assertTrue(timeline.contains("Complaint C" + id + ": reasonable adjustment agreed, Letters in large print (review "
                + WorkingDayCount.today().plusMonths(1) + ")"), timeline);
        assertTrue(timeline.contains("Complaint C" + id + ": reasonable adjustment reviewed, Letters in large print (next review "
                + WorkingDayCount.today().plusMonths(3) + ")"), timeline);
    }
}
