package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changes that come after a record was loaded reach the warehouse at the next load: a refused
 * complaint reopened, a merge undone, equality answers given and then withdrawn.
 */
class StarSchemaLateChangesIT extends DeployedCouncil {

    private static final String STAGE = "SELECT f.complaint_state, f.refused, f.response_due_key, r.code AS refusal"
            + " FROM warehouse.fact_complaint_stage f LEFT JOIN warehouse.dim_refusal_reason r"
            + " ON r.refusal_reason_key = f.refusal_reason_key WHERE f.complaint_id = ? AND f.stage = 1";
    private static final String PERSON = "SELECT r.person_id, p.ethnic_group, p.ethnic_category, p.disability"
            + " FROM warehouse.dim_resident r JOIN warehouse.dim_equality_profile p"
            + " ON p.equality_profile_key = r.equality_profile_key WHERE r.resident_id = ?";

    private static void load() {
        JsonNode load = Warehouse.loadChanges();
        assertEquals("SUCCEEDED", load.get("status").asText(), load::toString);
    }

    @Test
    void aRefusedComplaintReopenedAfterALoadIsReopenedInTheNext() {
        long id = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Ottilie"), null);
        ComplaintsApi.step(id, "acknowledge", "complaints-officer", null);
        ComplaintsApi.step(id, "refuse", "complaints-officer",
                "{\"reason\":\"PLANNING_APPEAL\",\"evidence\":\"An appeal was lodged with the Planning Inspectorate\"}");
        load();
        Map<String, Object> refused = Warehouse.row(STAGE, id);
        assertEquals("REFUSED", refused.get("complaint_state"));
        assertEquals(true, refused.get("refused"));
        assertEquals("PLANNING_APPEAL", refused.get("refusal"));

        ComplaintsApi.step(id, "reopen", "complaints-officer", "{\"reason\":\"The appeal was withdrawn\"}");
        load();
        Map<String, Object> reopened = Warehouse.row(STAGE, id);
        assertEquals("ACKNOWLEDGED", reopened.get("complaint_state"));
        assertEquals(Warehouse.dateKey(WorkingDayCount.after(WorkingDayCount.today(), 10)), reopened.get("response_due_key"),
                "the response clock started again on reopening");
    }

    @Test
    void aMergeUndoneAfterALoadMakesTwoPeopleAgain() {
        long kept = ComplaintsApi.newResident("Perpetua");
        long merged = ComplaintsApi.newResident("Perpetua");
        JsonNode merge = Council.json(Council.postJson("identity/merges", "adviser", "{\"keptId\":" + kept + ",\"mergedId\":"
                + merged + ",\"reason\":\"Same person, two systems\"}"));
        load();
        assertEquals(kept, Warehouse.row(PERSON, merged).get("person_id"), "after the merge, one person");

        assertEquals(200, Council.postJson("identity/merges/" + merge.get("id").asLong() + "/unmerge", "adviser",
                "{\"reason\":\"Two different people after all\"}").statusCode());
        load();
        assertEquals(merged, Warehouse.row(PERSON, merged).get("person_id"), "after the unmerge, their own person again");
        assertEquals(kept, Warehouse.row(PERSON, kept).get("person_id"));
    }

    @Test
    void equalityAnswersReachEveryRecordOfThePersonAndLeaveOnWithdrawal() {
        long person = ComplaintsApi.newResident("Abena");
        long second = ComplaintsApi.newResident("Abena");
        assertEquals(200, Council.postJson("identity/merges", "adviser", "{\"keptId\":" + person + ",\"mergedId\":" + second
                + ",\"reason\":\"Same person, two systems\"}").statusCode());
        assertEquals(201, Council.postJson("equality-monitoring", "adviser", EqualityAnswersAreSpecialCategoryIT.questionnaire(
                person, WorkingDayCount.today().toString(), EqualityAnswersAreSpecialCategoryIT.ANSWERS)).statusCode());
        load();
        for (long record : new long[]{person, second}) {
            Map<String, Object> profile = Warehouse.row(PERSON, record);
            assertEquals("BLACK", profile.get("ethnic_group"), "record " + record);
            assertEquals("CARIBBEAN", profile.get("ethnic_category"));
            assertEquals("DISABLED", profile.get("disability"));
        }

        assertEquals(200, Council.postJson("equality-monitoring/withdrawal", "adviser", "{\"residentId\":" + person + "}")
                .statusCode());
        load();
        for (long record : new long[]{person, second}) {
            Map<String, Object> profile = Warehouse.row(PERSON, record);
            assertEquals("NOT_ASKED", profile.get("ethnic_group"), "the answers left the warehouse: record " + record);
            assertEquals("NOT_ASKED", profile.get("disability"));
        }
        assertEquals(0L, Warehouse.row("SELECT COUNT(*) AS n FROM warehouse.dim_resident r JOIN warehouse.dim_equality_profile p"
                + " ON p.equality_profile_key = r.equality_profile_key WHERE r.person_id = ? AND p.ethnic_group <> 'NOT_ASKED'",
                person).get("n"));
    }
}
