package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The legacy three-stage procedure end to end, chosen on the running server as a council would
 * (the system property {@code council.complaints.policy}, set through the management interface):
 * informal resolution, stage 1 due ten working days from receipt, holding letters without a fixed
 * limit, stage 2 and a chief executive's stage 3 each answered by someone new, and no stage 4. A
 * complaint keeps its procedure when the council changes back.
 */
class LegacyThreeStageProcedureIT extends DeployedCouncil {

    private static final String POLICY = "council.complaints.policy";
    private static final String PASSWORD = "chief-executive-review";

    @BeforeEach
    void chooseTheLegacyProcedure() {
        ServerSettings.set(POLICY, "legacy-three-stage");
    }

    @AfterEach
    void goBackToTheCode() {
        ServerSettings.remove(POLICY);
    }

    private static String due(JsonNode complaint, int stage, String step) {
        for (JsonNode clock : complaint.get("clocks")) {
            if (clock.get("stage").asInt() == stage && clock.get("step").asText().equals(step)) {
                return clock.get("dueOn").asText();
            }
        }
        throw new AssertionError("no " + step + " clock at stage " + stage + ": " + complaint.get("clocks"));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(field == null ? n.asText() : n.get(field).asText()));
        return values;
    }

    @Test
    void throughThreeStagesEachAnsweredBySomeoneNew() throws IOException {
        LocalDate today = WorkingDayCount.today();
        long id = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Legacy"), null);
        JsonNode c = ComplaintsApi.find(id);
        assertEquals("legacy-three-stage v1", c.get("policy").asText());
        assertEquals(WorkingDayCount.after(today, 10).toString(), due(c, 1, "respond"),
                "stage 1: ten working days from receipt, with no acknowledgement deadline");
        assertEquals(1, c.get("clocks").size(), c.get("clocks")::toString);

        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        ComplaintsApi.step(id, "accept", "complaints-officer", null);
        ComplaintsApi.step(id, "assign", "complaints-officer", "{\"username\":\"investigating-officer\"}");
        c = ComplaintsApi.step(id, "extend", "investigating-officer",
                "{\"workingDays\":15,\"reason\":\"The contractor's records are archived\"}");
        assertEquals(WorkingDayCount.after(WorkingDayCount.after(today, 10), 15).toString(), due(c, 1, "respond"),
                "a holding letter sets a new date with no fixed limit (the 2024 Code allows 10 days at most)");
        ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("NOT_UPHELD"));

        c = ComplaintsApi.step(id, "escalate", "adviser", "{\"reason\":\"The finding ignores the missed visits\"}");
        assertEquals(WorkingDayCount.after(today, 15).toString(), due(c, 2, "respond"),
                "stage 2: fifteen working days from the request to escalate");
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        ComplaintsApi.step(id, "assign", "complaints-officer", "{\"username\":\"head-of-service\"}");
        ComplaintsApi.step(id, "respond", "head-of-service", ComplaintsApi.response("PARTLY_UPHELD"));
        List<String> offered = texts(ComplaintsApi.find(id).get("possibleNow"), null);
        assertTrue(offered.contains("ESCALATE") && !offered.contains("REFER_TO_OMBUDSMAN"),
                "after stage 2 the complaints team is offered stage 3, not the Ombudsman: " + offered);

        c = ComplaintsApi.step(id, "escalate", "adviser", "{\"reason\":\"Asks for the chief executive's review\"}");
        assertEquals(3, c.get("stage").asInt());
        assertEquals(WorkingDayCount.after(today, 15).toString(), due(c, 3, "respond"));
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        HttpResponse<String> sameAgain = ComplaintsApi.post(id, "assign", "complaints-officer", "{\"username\":\"head-of-service\"}");
        assertEquals(400, sameAgain.statusCode());
        assertTrue(sameAgain.body().contains("head-of-service gave the stage 2 response to complaint C" + id
                + "; stage 3 must be answered by a different person."), sameAgain::body);
        String reviewer = StaffAccountsApi.person("chief", PASSWORD, List.of("head-of-service"));
        ComplaintsApi.step(id, "assign", "complaints-officer", "{\"username\":\"" + reviewer + "\"}");
        HttpResponse<String> answered = Council.send(Council.api("complaints/" + id + "/respond", reviewer, PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ComplaintsApi.response("UPHELD"))).build());
        assertEquals(200, answered.statusCode(), answered::body);

        HttpResponse<String> fourth = ComplaintsApi.post(id, "escalate", "adviser", "{\"reason\":\"Still unhappy\"}");
        assertEquals(400, fourth.statusCode());
        assertTrue(fourth.body().contains("has had its final response at stage 3; it cannot be escalated further"), fourth::body);
        c = ComplaintsApi.find(id);
        assertEquals(List.of("ACKNOWLEDGEMENT", "HOLDING", "RESPONSE", "ESCALATION_ACKNOWLEDGEMENT", "RESPONSE",
                "ESCALATION_ACKNOWLEDGEMENT", "FINAL_RESPONSE"), texts(c.get("letters"), "kind"));
        assertTrue(c.get("letters").get(6).get("body").asText().contains("Local Government and Social Care Ombudsman"),
                "the final response points to the Ombudsman");
    }

    @Test
    void aNewComplaintIsResolvedInformallyBeforeStageOne() {
        long id = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Informal"), null);
        JsonNode c = ComplaintsApi.step(id, "resolve-informally", "complaints-officer",
                "{\"reason\":\"The missed collection was made the same afternoon and the resident is content\"}");
        assertEquals("CLOSED", c.get("state").asText());
        assertEquals(1, c.get("stage").asInt());
    }

    @Test
    void aComplaintKeepsItsProcedureWhenTheCouncilChangesBack() throws IOException {
        long legacy = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Kept"), null);
        ServerSettings.remove(POLICY);
        try {
            long code = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Coded"), null);
            assertEquals("complaint-handling-code-2024 v1", ComplaintsApi.find(code).get("policy").asText());
            assertEquals("legacy-three-stage v1", ComplaintsApi.find(legacy).get("policy").asText());
            HttpResponse<String> informal = ComplaintsApi.post(code, "resolve-informally", "complaints-officer",
                    "{\"reason\":\"Sorted on the phone\"}");
            assertEquals(400, informal.statusCode());
            assertTrue(informal.body().contains("This complaints procedure has no informal resolution"), informal::body);
        } finally {
            ServerSettings.set(POLICY, "legacy-three-stage");
        }
    }
}
