package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the star schema from records this test makes, each value counted by hand; and a
 * second load changes nothing.
 */
class StarSchemaFactsIT extends DeployedCouncil {

    private static final String FACT_ROWS = "SELECT * FROM warehouse.fact_contact WHERE resident_id = ?";

    @Test
    void eachRecordBecomesTheFactsCountedByHandAndASecondLoadChangesNothing() {
        LocalDate today = WorkingDayCount.today();
        LocalDate born = today.minusYears(70).minusDays(3);
        long resident = Residents.withProfile("Winifred", Council.uniqueSurname(), born.toString(), "SE22 8AA", "07700 900870",
                "JP 87 00 87 A");
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> contact = Council.postJson("residents/" + resident + "/contacts", "adviser",
                "{\"channel\":\"TELEPHONE\",\"contactType\":\"TRANSACTION\",\"serviceId\":" + Residents.firstServiceId()
                        + ",\"reason\":\"Missed bin\",\"outcome\":\"Job raised\",\"resolvedAtFirstPoint\":true,\"avoidable\":true,"
                        + "\"avoidableReason\":\"CHASING_PROGRESS\",\"startedAt\":\"" + end.minusSeconds(240) + "\",\"endedAt\":\""
                        + end + "\",\"answeredAfterSeconds\":12}");
        assertEquals(201, contact.statusCode(), contact::body);
        long contactId = Council.json(contact).get("id").asLong();

        JsonNode request = Council.json(Council.postJson("service-requests", "adviser", "{\"residentId\":" + resident
                + ",\"serviceId\":" + Residents.firstServiceId() + ",\"channel\":\"WEB\",\"description\":\"New recycling box\"}"));
        long requestId = request.get("id").asLong();
        assertEquals(200, Council.postJson("service-requests/" + requestId + "/steps", "adviser", "{\"step\":\"ACKNOWLEDGE\"}")
                .statusCode());

        long complaint = ComplaintsApi.log("adviser", resident, null);
        ComplaintsApi.step(complaint, "acknowledge", "complaints-officer", null);
        ComplaintsApi.step(complaint, "accept", "complaints-officer", null);
        ComplaintsApi.step(complaint, "assign", "complaints-officer", "{\"username\":\"investigating-officer\"}");
        ComplaintsApi.step(complaint, "respond", "investigating-officer", ComplaintsApi.response("PARTLY_UPHELD"));
        LocalDate actionDue = today.plusDays(30);
        JsonNode withAction = ComplaintsApi.step(complaint, "actions", "complaints-officer", "{\"description\":\"Confirm visits by"
                + " text\",\"owner\":\"investigating-officer\",\"dueOn\":\"" + actionDue + "\"}");
        long actionId = withAction.get("actions").get(0).get("id").asLong();
        assertEquals(200, Council.postJson("complaint-actions/" + actionId + "/reported-done", "investigating-officer", "{}")
                .statusCode());
        assertEquals(200, Council.postJson("complaint-actions/" + actionId + "/completed", "complaints-officer",
                "{\"evidence\":\"Text confirmations live since Monday\"}").statusCode());
        ComplaintsApi.step(complaint, "close", "complaints-officer", "{\"reason\":\"Resident went to the Ombudsman\"}");
        String reference = String.format("%02d %03d %03d", 26, complaint % 1000, (complaint / 1000) % 1000);
        JsonNode referred = ComplaintsApi.step(complaint, "ombudsman", "complaints-officer", "{\"reference\":\"" + reference + "\"}");
        long caseId = referred.get("ombudsmanCases").get(0).get("id").asLong();
        assertEquals(200, Council.postJson("ombudsman-cases/" + caseId + "/decision", "complaints-officer",
                "{\"decision\":\"Upheld\",\"decidedOn\":\"" + today + "\",\"remediedByCouncil\":true}").statusCode());
        JsonNode items = Council.json(Council.postJson("ombudsman-cases/" + caseId + "/items", "complaints-officer",
                "{\"kind\":\"RECOMMENDATION\",\"description\":\"Apologise in writing\",\"dueOn\":\"" + today.plusDays(20) + "\"}"));
        Council.postJson("ombudsman-cases/" + caseId + "/items", "complaints-officer",
                "{\"kind\":\"RECOMMENDATION\",\"description\":\"Review the visit rules\",\"dueOn\":\"" + today.plusDays(60) + "\"}");
        assertEquals(200, Council.postJson("ombudsman-items/" + items.get("items").get(0).get("id").asLong() + "/done",
                "complaints-officer", "{\"evidence\":\"Letter of apology sent\"}").statusCode());
        HttpResponse<String> compliment = Council.postJson("feedback", "adviser", "{\"residentId\":" + resident
                + ",\"kind\":\"COMPLIMENT\",\"channel\":\"FACE_TO_FACE\",\"summary\":\"Kind crew\"}");
        long complimentId = Council.json(compliment).get("id").asLong();
        HttpResponse<String> rating = Council.postJson("feedback", "adviser", "{\"residentId\":" + resident
                + ",\"kind\":\"SATISFACTION\",\"channel\":\"TELEPHONE\",\"summary\":\"How we handled your complaint\",\"rating\":\"POOR\",\"ratingReason\":\"Too slow\","
                + "\"aboutComplaintId\":" + complaint + "}");
        assertEquals(201, rating.statusCode(), rating::body);
        long ratingId = Council.json(rating).get("id").asLong();

        JsonNode load = Warehouse.loadChanges();
        assertEquals("SUCCEEDED", load.get("status").asText(), load::toString);

        Map<String, Object> c = Warehouse.row("SELECT f.*, a.code AS band, ch.code AS channel, ar.code AS why"
                + " FROM warehouse.fact_contact f JOIN warehouse.dim_age_band a ON a.age_band_key = f.age_band_key"
                + " JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key"
                + " JOIN warehouse.dim_avoidable_reason ar ON ar.avoidable_reason_key = f.avoidable_reason_key"
                + " WHERE f.contact_id = ?", contactId);
        assertEquals(Warehouse.dateKey(LocalDate.ofInstant(end.minusSeconds(240), java.time.ZoneId.of("Europe/London"))), c.get("date_key"));
        assertEquals("65-74", c.get("band"), "70 years old");
        assertEquals("TELEPHONE", c.get("channel"));
        assertEquals("CHASING_PROGRESS", c.get("why"));
        assertEquals(240L, c.get("duration_seconds"));
        assertEquals(12L, c.get("answer_wait_seconds"));
        assertEquals(15L, c.get("answer_target_seconds"), "the demo's published call target");
        assertEquals(true, c.get("answered_in_target"));
        assertEquals(true, c.get("resolved_first_point"));

        List<Map<String, Object>> steps = Warehouse.rows("SELECT step, settled, met, due_date_key, done_date_key"
                + " FROM warehouse.fact_service_request_step WHERE request_id = ? ORDER BY step", requestId);
        assertEquals(List.of("ACKNOWLEDGE", "CLOSE", "FULFIL"), steps.stream().map(s -> s.get("step")).toList());
        assertEquals("DONE", steps.get(0).get("settled"));
        assertEquals(true, steps.get(0).get("met"));
        assertEquals(Warehouse.dateKey(WorkingDayCount.after(today, 2)), steps.get(0).get("due_date_key"));
        assertEquals(Warehouse.dateKey(today), steps.get(0).get("done_date_key"));
        assertEquals("PENDING", steps.get(2).get("settled"));
        assertEquals(Warehouse.dateKey(WorkingDayCount.after(today, 10)), steps.get(2).get("due_date_key"));
        assertNull(steps.get(2).get("met"), "not due yet: neither met nor missed");

        Map<String, Object> stage = Warehouse.row("SELECT f.*, o.code AS outcome, s.code AS stage_code"
                + " FROM warehouse.fact_complaint_stage f JOIN warehouse.dim_outcome o ON o.outcome_key = f.outcome_key"
                + " JOIN warehouse.dim_complaint_stage s ON s.complaint_stage_key = f.complaint_stage_key"
                + " WHERE f.complaint_id = ?", complaint);
        assertEquals("complaint-handling-code-2024/1", stage.get("stage_code"));
        assertEquals(Warehouse.dateKey(today), stage.get("received_date_key"));
        assertEquals(Warehouse.dateKey(WorkingDayCount.after(today, 5)), stage.get("acknowledge_due_key"));
        assertEquals(true, stage.get("acknowledged_in_time"));
        assertEquals(Warehouse.dateKey(WorkingDayCount.after(today, 10)), stage.get("response_due_key"));
        assertEquals(Warehouse.dateKey(today), stage.get("responded_date_key"));
        assertEquals(true, stage.get("responded_in_time"));
        assertEquals("PARTLY_UPHELD", stage.get("outcome"));
        assertEquals(2L, stage.get("remedies"));
        assertEquals(0, new java.math.BigDecimal("75").compareTo((java.math.BigDecimal) stage.get("financial_remedy")));
        assertEquals(false, stage.get("refused"));
        assertEquals("REFERRED_TO_OMBUDSMAN", stage.get("complaint_state"));

        Map<String, Object> action = Warehouse.row("SELECT * FROM warehouse.fact_learning_action WHERE complaint_id = ?", complaint);
        assertEquals(actionId, action.get("action_id"));
        assertEquals(Warehouse.dateKey(actionDue), action.get("due_date_key"));
        assertEquals(Warehouse.dateKey(today), action.get("reported_done_date_key"));
        assertEquals(Warehouse.dateKey(today), action.get("completed_date_key"));
        assertEquals(true, action.get("completed_with_evidence"));
        assertEquals(true, action.get("completed_in_time"));
        Map<String, Object> ombudsman = Warehouse.row("SELECT f.*, d.ombudsman, d.decision FROM warehouse.fact_ombudsman_case f"
                + " JOIN warehouse.dim_ombudsman_decision d ON d.ombudsman_decision_key = f.ombudsman_decision_key"
                + " WHERE f.complaint_id = ?", complaint);
        assertEquals(caseId, ombudsman.get("case_id"));
        assertEquals("LGSCO", ombudsman.get("ombudsman"));
        assertEquals("Upheld", ombudsman.get("decision"));
        assertEquals(Warehouse.dateKey(today), ombudsman.get("received_date_key"));
        assertEquals(Warehouse.dateKey(today), ombudsman.get("decided_date_key"));
        assertEquals(true, ombudsman.get("remedied_by_council"));
        assertEquals(2L, ombudsman.get("recommendations"));
        assertEquals(1L, ombudsman.get("recommendations_complied"));
        assertEquals("COMPLIMENT", Warehouse.row("SELECT kind FROM warehouse.fact_comment_compliment WHERE feedback_id = ?",
                complimentId).get("kind"));
        Map<String, Object> score = Warehouse.row("SELECT score, about_complaint_id FROM warehouse.fact_satisfaction"
                + " WHERE feedback_id = ?", ratingId);
        assertEquals(-1L, score.get("score"));
        assertEquals(complaint, score.get("about_complaint_id"));
        Map<String, Object> person = Warehouse.row("SELECT r.person_id, a.postcode_district, p.ethnic_group"
                + " FROM warehouse.dim_resident r JOIN warehouse.dim_area a ON a.area_key = r.area_key"
                + " JOIN warehouse.dim_equality_profile p ON p.equality_profile_key = r.equality_profile_key"
                + " WHERE r.resident_id = ?", resident);
        assertEquals(resident, person.get("person_id"));
        assertEquals("SE22", person.get("postcode_district"));
        assertEquals("NOT_ASKED", person.get("ethnic_group"));

        List<Map<String, Object>> before = Warehouse.rows(FACT_ROWS, resident);
        List<Map<String, Object>> stagesBefore = Warehouse.rows("SELECT * FROM warehouse.fact_complaint_stage WHERE resident_id = ?",
                resident);
        JsonNode again = Warehouse.loadChanges();
        assertEquals("SUCCEEDED", again.get("status").asText(), again::toString);
        assertEquals(before, Warehouse.rows(FACT_ROWS, resident), "a second load changes nothing");
        assertEquals(stagesBefore, Warehouse.rows("SELECT * FROM warehouse.fact_complaint_stage WHERE resident_id = ?", resident));
    }
}
