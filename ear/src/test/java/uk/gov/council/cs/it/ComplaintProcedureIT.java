package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A complaint from logging to the Ombudsman through the API, with the letters, clocks and timeline it leaves. */
class ComplaintProcedureIT extends DeployedCouncil {

    @Test
    void fromLoggingThroughBothStagesToTheOmbudsman() {
        long resident = ComplaintsApi.newResident("Aisha");
        long id = ComplaintsApi.log("adviser", resident, null);
        JsonNode c = ComplaintsApi.find(id);
        assertEquals("RECEIVED", c.get("state").asText());
        assertEquals("complaint-handling-code-2024 v1", c.get("policy").asText(), "the 2024 Code by default");
        assertEquals("acknowledge", c.get("clocks").get(0).get("step").asText());

        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        ComplaintsApi.step(id, "accept", "complaints-officer", null);
        ComplaintsApi.step(id, "assign", "complaints-officer", "{\"username\":\"investigating-officer\"}");
        c = ComplaintsApi.step(id, "extend", "investigating-officer", "{\"workingDays\":5,\"reason\":\"Waiting for the contractor's report\"}");
        JsonNode respondClock = c.get("clocks").get(1);
        assertEquals(5, respondClock.get("extendedBy").asInt(), c::toString);
        HttpResponse<String> tooLong = ComplaintsApi.post(id, "extend", "complaints-officer", "{\"workingDays\":6,\"reason\":\"Still waiting\"}");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("can be extended by at most 10 working days in all; it has been extended by 5 and 6 more were asked for"),
                tooLong::body);

        c = ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("PARTLY_UPHELD"));
        assertEquals("RESPONDED", c.get("state").asText());
        assertEquals("MET", c.get("clocks").get(1).get("standing").asText(), c::toString);

        ComplaintsApi.step(id, "escalate", "adviser", "{\"reason\":\"The compensation does not cover the damaged carpet\"}");
        c = ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        assertEquals(2, c.get("stage").asInt());
        assertEquals("ACCEPTED", c.get("state").asText(), "an escalation needs no second acceptance");
        HttpResponse<String> wrongRole = ComplaintsApi.post(id, "assign", "complaints-officer", "{\"username\":\"investigating-officer\"}");
        assertEquals(400, wrongRole.statusCode());
        assertTrue(wrongRole.body().contains("investigating-officer cannot take stage 2: it needs a head of service."), wrongRole::body);
        ComplaintsApi.step(id, "assign", "complaints-officer", "{\"username\":\"head-of-service\"}");
        c = ComplaintsApi.step(id, "respond", "head-of-service", ComplaintsApi.response("UPHELD"));
        assertEquals(List.of(), transitions(c).stream().filter(t -> t.equals("ESCALATE")).toList(), "no stage 3 under the 2024 Code");

        HttpResponse<String> badReference = ComplaintsApi.post(id, "ombudsman", "complaints-officer", "{\"reference\":\"19-007-429\"}");
        assertEquals(400, badReference.statusCode());
        assertTrue(badReference.body().contains("looks like 19 007 429"), badReference::body);
        String reference = String.format("%02d %03d %03d", 26, id % 1000, (id / 1000) % 1000);
        HttpResponse<String> beforeTheComplaint = ComplaintsApi.post(id, "ombudsman", "complaints-officer", "{\"reference\":\""
                + reference + "\",\"receivedOn\":\"" + WorkingDayCount.today().minusYears(2) + "\"}");
        assertEquals(400, beforeTheComplaint.statusCode());
        assertTrue(beforeTheComplaint.body().contains("before the complaint itself was received"), beforeTheComplaint::body);
        c = ComplaintsApi.step(id, "ombudsman", "complaints-officer", "{\"reference\":\"" + reference.replace(" ", "") + "\"}");
        assertEquals("REFERRED_TO_OMBUDSMAN", c.get("state").asText());
        JsonNode ombudsmanCase = c.get("ombudsmanCases").get(0);
        assertEquals(reference, ombudsmanCase.get("reference").asText());
        assertEquals("Enquiry", ombudsmanCase.get("stage").asText());

        long caseId = ombudsmanCase.get("id").asLong();
        assertEquals(200, Council.postJson("ombudsman-cases/" + caseId + "/stage", "complaints-officer",
                "{\"stage\":\"Draft decision\"}").statusCode());
        assertEquals(400, Council.postJson("ombudsman-cases/" + caseId + "/decision", "complaints-officer",
                "{\"decision\":\"Severe maladministration\",\"decidedOn\":\"" + WorkingDayCount.today() + "\"}").statusCode(),
                "that is the Housing Ombudsman's word, not the LGSCO's");
        JsonNode decided = Council.json(Council.postJson("ombudsman-cases/" + caseId + "/decision", "complaints-officer",
                "{\"decision\":\"Upheld\",\"decidedOn\":\"" + WorkingDayCount.today() + "\",\"remediedByCouncil\":true}"));
        assertTrue(decided.get("faultFound").asBoolean() && decided.get("remediedByCouncil").asBoolean(), decided::toString);
        JsonNode withRecommendation = Council.json(Council.postJson("ombudsman-cases/" + caseId + "/items", "complaints-officer",
                "{\"kind\":\"RECOMMENDATION\",\"description\":\"Review the repairs contract's visit rules\",\"dueOn\":\"2027-03-01\"}"));
        long item = withRecommendation.get("items").get(0).get("id").asLong();
        assertEquals(200, Council.postJson("ombudsman-items/" + item + "/done", "complaints-officer",
                "{\"evidence\":\"Revised contract schedule sent to the Ombudsman\"}").statusCode());

        c = ComplaintsApi.find(id);
        List<String> letters = new ArrayList<>();
        c.get("letters").forEach(l -> letters.add(l.get("kind").asText()));
        assertEquals(List.of("ACKNOWLEDGEMENT", "EXTENSION", "RESPONSE", "ESCALATION_ACKNOWLEDGEMENT", "FINAL_RESPONSE"), letters);
        String finalLetter = c.get("letters").get(4).get("body").asText();
        assertTrue(finalLetter.contains("Local Government and Social Care Ombudsman") && finalLetter.contains("A payment of £75.00"),
                finalLetter);
        assertEquals(4, c.get("remedies").size());

        JsonNode timeline = Council.json(Council.get("residents/" + resident + "/timeline?kind=complaint&max=50", "adviser"));
        String lines = timeline.get("items").toString();
        assertTrue(lines.contains("Letter sent: Your complaint C" + id + ": our final response")
                && lines.contains("Complaint C" + id + " referred to the Ombudsman"), lines);
        String caseLine = "Complaint C" + id + ": Local Government and Social Care Ombudsman case " + reference;
        for (String happened : List.of(" moved to Draft decision", " decided on " + WorkingDayCount.today() + ": Upheld (remedied by the council first)",
                " recommended Review the repairs contract's visit rules, by 2027-03-01",
                " recommendation complied with: Review the repairs contract's visit rules")) {
            assertTrue(lines.contains(caseLine + happened), "the timeline tells of the Ombudsman's case:" + happened + "\n" + lines);
        }
    }

    @Test
    void theStageOneResponderCannotReviewAtStageTwo() {
        long id = ComplaintsApi.underInvestigation("head-of-service");
        ComplaintsApi.step(id, "respond", "head-of-service", ComplaintsApi.response("NOT_UPHELD"));
        ComplaintsApi.step(id, "escalate", "complaints-officer", "{\"reason\":\"Disagrees with the finding\"}");
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        HttpResponse<String> same = ComplaintsApi.post(id, "assign", "complaints-officer", "{\"username\":\"head-of-service\"}");
        assertEquals(400, same.statusCode());
        assertTrue(same.body().contains("head-of-service gave the stage 1 response to complaint C" + id
                + "; stage 2 must be answered by a different person."), same::body);
    }

    @Test
    void staffNamedInTheComplaintNeverInvestigateAndOnlyTheAssignedOfficerResponds() {
        long resident = ComplaintsApi.newResident("Naming");
        HttpResponse<String> logged = Council.postJson("feedback", "adviser", "{\"residentId\":" + resident
                + ",\"kind\":\"COMPLAINT\",\"channel\":\"EMAIL\",\"serviceId\":" + Residents.firstServiceId()
                + ",\"category\":\"STAFF_BEHAVIOUR\",\"summary\":\"The officer who visited was rude\","
                + "\"involvedStaff\":[\"investigating-officer\"]}");
        assertEquals(201, logged.statusCode(), logged::body);
        long id = Council.json(logged).get("id").asLong();
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        ComplaintsApi.step(id, "accept", "complaints-officer", null);
        HttpResponse<String> named = ComplaintsApi.post(id, "assign", "complaints-officer", "{\"username\":\"investigating-officer\"}");
        assertEquals(400, named.statusCode());
        assertTrue(named.body().contains("investigating-officer is named in the complaint and so cannot investigate it."), named::body);

        ComplaintsApi.step(id, "assign", "complaints-officer", "{\"username\":\"head-of-service\"}");
        HttpResponse<String> notAssigned = ComplaintsApi.post(id, "respond", "investigating-officer", ComplaintsApi.response("UPHELD"));
        assertEquals(400, notAssigned.statusCode());
        assertTrue(notAssigned.body().contains("Only the officer assigned to stage 1 (head-of-service) may respond to complaint C" + id),
                notAssigned::body);
        assertEquals("RESPONDED", ComplaintsApi.step(id, "respond", "head-of-service", ComplaintsApi.response("UPHELD"))
                .get("state").asText());
    }

    @Test
    void stepsOutOfTurnOrRoleAreRefusedWithTheReason() {
        long id = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Kofi"), null);
        HttpResponse<String> accept = ComplaintsApi.post(id, "accept", "complaints-officer", null);
        assertEquals(400, accept.statusCode());
        assertTrue(accept.body().contains("A complaint is accepted after it is acknowledged and before it is assigned; complaint C"
                + id + " is received, to acknowledge at stage 1."), accept::body);
        HttpResponse<String> adviser = ComplaintsApi.post(id, "acknowledge", "adviser", null);
        assertEquals(403, adviser.statusCode());
        assertTrue(adviser.body().contains("Roles that may: complaints-officer."), adviser::body);
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        JsonNode unassigned = ComplaintsApi.find(id);
        JsonNode line = Council.json(Council.get("complaints?resident=" + unassigned.get("residentId").asLong(), "complaints-officer")).get(0);
        // A field with no value is left out of the API's JSON.
        assertTrue(unassigned.path("investigator").isMissingNode() && line.path("investigator").isMissingNode(),
                "the list and the complaint agree nobody investigates yet: " + line);
        assertEquals("complaints-officer", line.get("nextStepWith").asText(), "the lead officer has the next step");
        HttpResponse<String> refusal = ComplaintsApi.post(id, "refuse", "complaints-officer", "{\"reason\":\"LEGAL_PROCEEDINGS\"}");
        assertEquals(400, refusal.statusCode());
        assertTrue(refusal.body().contains("Record the evidence for the refusal"), refusal::body);
        JsonNode refused = ComplaintsApi.step(id, "refuse", "complaints-officer",
                "{\"reason\":\"LEGAL_PROCEEDINGS\",\"evidence\":\"Claim form issued in the county court\"}");
        assertEquals("REFUSED", refused.get("state").asText());
        JsonNode refusalLetter = null;
        for (JsonNode letter : refused.get("letters")) {
            if (letter.get("kind").asText().equals("REFUSAL")) {
                refusalLetter = letter;
            }
        }
        assertTrue(refusalLetter != null && refusalLetter.get("body").asText().contains("ask the Local Government and Social Care Ombudsman"),
                () -> "the refusal letter gives the Ombudsman's details: " + refused.get("letters"));
        JsonNode reopened = ComplaintsApi.step(id, "reopen", "complaints-officer", "{\"reason\":\"The claim was withdrawn\"}");
        assertEquals("ACKNOWLEDGED", reopened.get("state").asText());
        JsonNode lastEvent = reopened.get("history").get(reopened.get("history").size() - 1);
        assertEquals("reopen", lastEvent.get("what").asText());
        assertEquals("The claim was withdrawn", lastEvent.get("note").asText());

        ComplaintsApi.step(id, "accept", "complaints-officer", null);
        HttpResponse<String> nobody = ComplaintsApi.post(id, "assign", "complaints-officer", "{}");
        assertEquals(400, nobody.statusCode());
        assertTrue(nobody.body().contains("Say who is to investigate") && !nobody.body().contains("null"), nobody::body);
    }

    @Test
    void learningClosesOnlyWhenItsActionsHaveEvidence() {
        long id = ComplaintsApi.underInvestigation("investigating-officer");
        ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("UPHELD"));
        JsonNode c = ComplaintsApi.step(id, "actions", "investigating-officer",
                "{\"description\":\"Retrain the repairs desk\",\"owner\":\"head-of-service\",\"dueOn\":\"" + WorkingDayCount.today().plusDays(30) + "\"}");
        assertTrue(!c.get("learningClosed").asBoolean());
        long action = c.get("actions").get(0).get("id").asLong();
        HttpResponse<String> notOwner = Council.postJson("complaint-actions/" + action + "/reported-done", "investigating-officer", "{}");
        assertEquals(403, notOwner.statusCode());
        assertTrue(notOwner.body().contains("Only the action's owner (head-of-service) reports it done."), notOwner::body);
        HttpResponse<String> systemOwner = Council.postJson("complaints/" + id + "/actions", "investigating-officer",
                "{\"description\":\"Fix the feed\",\"owner\":\"back-office-system\",\"dueOn\":\"" + WorkingDayCount.today().plusDays(30) + "\"}");
        assertEquals(400, systemOwner.statusCode());
        assertTrue(systemOwner.body().contains("cannot own an action"), systemOwner::body);
        c = Council.json(Council.postJson("complaint-actions/" + action + "/reported-done", "head-of-service", "{}"));
        assertTrue(!c.get("learningClosed").asBoolean(), "reported is not done");
        HttpResponse<String> twice = Council.postJson("complaint-actions/" + action + "/reported-done", "head-of-service", "{}");
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("already reported done"), twice::body);
        assertEquals(1, ComplaintsApi.find(id).get("history").findValuesAsText("what").stream()
                .filter("action reported done"::equals).count(), "reported once in the history");
        HttpResponse<String> byOwner = Council.postJson("complaint-actions/" + action + "/completed", "head-of-service",
                "{\"evidence\":\"I did it\"}");
        assertEquals(403, byOwner.statusCode());
        assertTrue(byOwner.body().contains("Completion is confirmed by the complaints team or the owner's manager"), byOwner::body);
        HttpResponse<String> noEvidence = Council.postJson("complaint-actions/" + action + "/completed", "complaints-officer", "{}");
        assertEquals(400, noEvidence.statusCode());
        assertTrue(noEvidence.body().contains("Say what shows the action was done (evidence)"), noEvidence::body);
        c = Council.json(Council.postJson("complaint-actions/" + action + "/completed", "complaints-officer",
                "{\"evidence\":\"Training attendance sheet, 14 officers\"}"));
        assertTrue(c.get("learningClosed").asBoolean(), c::toString);
    }

    @Test
    void satisfactionWithHandlingIsAskedAfterTheResponse() {
        long id = ComplaintsApi.underInvestigation("investigating-officer");
        long resident = ComplaintsApi.find(id).get("residentId").asLong();
        String survey = "{\"residentId\":" + resident + ",\"kind\":\"SATISFACTION\",\"channel\":\"TELEPHONE\","
                + "\"summary\":\"Follow-up call\",\"rating\":\"GOOD\",\"ratingReason\":\"Kept informed\",\"aboutComplaintId\":" + id + "}";
        HttpResponse<String> early = Council.postJson("feedback", "adviser", survey);
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("is asked after its response"), early::body);
        ComplaintsApi.step(id, "respond", "investigating-officer", ComplaintsApi.response("NOT_UPHELD"));
        assertEquals(201, Council.postJson("feedback", "adviser", survey).statusCode());
    }

    private static List<String> transitions(JsonNode c) {
        List<String> t = new ArrayList<>();
        c.get("possibleNow").forEach(n -> t.add(n.asText()));
        return t;
    }
}
