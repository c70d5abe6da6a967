package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every due date the product sets, checked against a count by hand (weekdays less the calendar's
 * holidays and closures, in the council's own day): a complaint received days before it was logged,
 * each of its steps at both stages, and each step of a service request under the published standards.
 */
class DeadlinesCountedByHandIT extends DeployedCouncil {

    private static String due(JsonNode complaint, int stage, String step) {
        for (JsonNode clock : complaint.get("clocks")) {
            if (clock.get("stage").asInt() == stage && clock.get("step").asText().equals(step)) {
                return clock.get("dueOn").asText();
            }
        }
        throw new AssertionError("no " + step + " clock at stage " + stage + ": " + complaint.get("clocks"));
    }

    @Test
    void aBackDatedComplaintsStepsAreDueOnTheDaysCountedByHand() {
        LocalDate today = WorkingDayCount.today();
        LocalDate received = WorkingDayCount.before(today, 3);
        long id = ComplaintsApi.log("complaints-officer", ComplaintsApi.newResident("Backdated"), received);
        assertEquals(WorkingDayCount.after(received, 5).toString(), due(ComplaintsApi.find(id), 1, "acknowledge"),
                "stage 1 acknowledgement: 5 working days from the day it was received, not logged");

        JsonNode acknowledged = ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        assertEquals(WorkingDayCount.after(today, 10).toString(), due(acknowledged, 1, "respond"),
                "stage 1 response: 10 working days from the acknowledgement");
        ComplaintsApi.step(id, "accept", "complaints-officer", null);
        ComplaintsApi.step(id, "assign", "complaints-officer", "{\"username\":\"investigating-officer\"}");
        ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("NOT_UPHELD"));

        JsonNode escalated = ComplaintsApi.step(id, "escalate", "complaints-officer", "{\"reason\":\"Disagrees with the finding\"}");
        assertEquals(WorkingDayCount.after(today, 5).toString(), due(escalated, 2, "acknowledge"),
                "stage 2 acknowledgement: 5 working days from the escalation request");
        JsonNode stageTwo = ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        assertEquals(WorkingDayCount.after(today, 20).toString(), due(stageTwo, 2, "respond"),
                "stage 2 final response: 20 working days from its acknowledgement");
    }

    @Test
    void aServiceRequestsStepsAreDueOnTheDaysCountedByHand() {
        LocalDate today = WorkingDayCount.today();
        long resident = ComplaintsApi.newResident("Requested");
        HttpResponse<String> logged = Council.postJson("service-requests", "adviser", "{\"residentId\":" + resident
                + ",\"serviceId\":" + Residents.firstServiceId() + ",\"channel\":\"POST\",\"description\":\"New recycling box\"}");
        assertEquals(201, logged.statusCode(), logged::body);
        JsonNode steps = Council.json(logged).get("steps");
        // The demo's standards: letters answered within 10 working days (the most specific for a letter),
        // every request fulfilled within 10 and closed within 15.
        assertEquals(WorkingDayCount.after(today, 10).toString(), steps.get(0).get("dueBy").asText(), "acknowledge");
        assertEquals(WorkingDayCount.after(today, 10).toString(), steps.get(1).get("dueBy").asText(), "fulfil");
        assertEquals(WorkingDayCount.after(today, 15).toString(), steps.get(2).get("dueBy").asText(), "close");
    }
}
