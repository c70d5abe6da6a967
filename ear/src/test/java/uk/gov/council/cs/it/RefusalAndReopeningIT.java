package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A complaint is refused only at stage 1 after it is acknowledged; a refused or closed complaint that
 * is reopened has its stage's response clock running again from the day it is reopened, so it turns
 * amber and red, can be extended and can be missed like any other.
 */
class RefusalAndReopeningIT extends DeployedCouncil {

    private static final String REFUSAL = "{\"reason\":\"PLANNING_APPEAL\",\"evidence\":\"An appeal was lodged with the Planning Inspectorate\"}";

    private static JsonNode runningResponseClock(JsonNode complaint) {
        for (JsonNode clock : complaint.get("clocks")) {
            // A field with no value is left out of the API's JSON.
            if (clock.get("step").asText().equals("respond") && clock.path("doneOn").isMissingNode()
                    && clock.get("stage").asInt() == complaint.get("stage").asInt()) {
                return clock;
            }
        }
        return null;
    }

    @Test
    void aRefusedComplaintThatIsReopenedHasItsResponseClockFromTheDayItIsReopened() {
        long id = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Reopened"), null);
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        JsonNode refused = ComplaintsApi.step(id, "refuse", "complaints-officer", REFUSAL);
        assertEquals("REFUSED", refused.get("state").asText());
        assertEquals(null, runningResponseClock(refused), "a refusal stops the clock");

        JsonNode reopened = ComplaintsApi.step(id, "reopen", "complaints-officer", "{\"reason\":\"The appeal was withdrawn\"}");
        assertEquals("ACKNOWLEDGED", reopened.get("state").asText());
        JsonNode clock = runningResponseClock(reopened);
        assertTrue(clock != null, "reopening starts the response clock: " + reopened.get("clocks"));
        LocalDate today = WorkingDayCount.today();
        assertEquals(today.toString(), clock.get("startedOn").asText());
        assertEquals(WorkingDayCount.after(today, 10).toString(), clock.get("dueOn").asText(),
                "stage 1 response: 10 working days from the day it was reopened, counted by hand");
        assertTrue(reopened.get("possibleNow").toString().contains("EXTEND"), "its deadline can be extended");

        JsonNode extended = ComplaintsApi.step(id, "extend", "complaints-officer",
                "{\"workingDays\":5,\"reason\":\"Waiting for the planning officer's file\"}");
        assertEquals(WorkingDayCount.after(today, 15).toString(), runningResponseClock(extended).get("dueOn").asText());
    }

    @Test
    void aComplaintIsNotRefusedBeforeItIsAcknowledgedNorAtStageTwo() {
        long fresh = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Unacknowledged"), null);
        HttpResponse<String> early = ComplaintsApi.post(fresh, "refuse", "complaints-officer", REFUSAL);
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("A complaint is refused at stage 1, after it is acknowledged and before it is accepted"),
                early::body);
        assertTrue(!ComplaintsApi.find(fresh).get("possibleNow").toString().contains("REFUSE"), "the workbench does not offer it");
        assertTrue(!ComplaintsApi.find(fresh).get("possibleNow").toString().contains("EXTEND"),
                "nor an extension before any response deadline runs");

        long id = ComplaintsApi.underInvestigation("investigating-officer");
        ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("NOT_UPHELD"));
        ComplaintsApi.step(id, "escalate", "complaints-officer", "{\"reason\":\"The resident disagrees\"}");
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        HttpResponse<String> escalation = ComplaintsApi.post(id, "refuse", "complaints-officer", REFUSAL);
        assertEquals(400, escalation.statusCode());
        assertTrue(escalation.body().contains("An escalation request is not a new complaint, so it cannot be refused"),
                escalation::body);
    }
}
