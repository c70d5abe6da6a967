package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A merge promises that the kept resident's views gather both records' histories. Every view of a
 * resident is checked on the kept record for what was recorded only on the record merged into it:
 * complaints (with their reasonable adjustments), contact restrictions (and so the alert on the
 * resident's page), open service requests, the timeline, and the subject access export.
 */
class MergedRecordsViewsIT extends DeployedCouncil {

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }

    @Test
    void everyViewOfTheKeptRecordIncludesWhatWasRecordedOnTheRecordMergedIntoIt() {
        long kept = ComplaintsApi.newResident("Kept");
        long merged = ComplaintsApi.newResident("Merged");

        long complaint = ComplaintsApi.log("adviser", merged, null);
        ComplaintsApi.step(complaint, "adjustments", "complaints-officer",
                "{\"adjustment\":\"Letters in large print\",\"reviewOn\":\"" + WorkingDayCount.today().plusMonths(3) + "\"}");
        HttpResponse<String> restriction = Council.postJson("contact-restrictions", "complaints-officer", "{\"residentId\":" + merged
                + ",\"conduct\":[\"ABUSIVE_LANGUAGE\"],\"decision\":\"Abusive calls to officers\",\"restrictions\":\"Write only\","
                + "\"reviewOn\":\"" + WorkingDayCount.today().plusMonths(6) + "\"}");
        assertEquals(201, restriction.statusCode(), restriction::body);
        long restrictionId = Council.json(restriction).get("id").asLong();
        HttpResponse<String> request = Council.postJson("service-requests", "adviser", "{\"residentId\":" + merged
                + ",\"serviceId\":" + Residents.firstServiceId() + ",\"channel\":\"POST\",\"description\":\"Assisted bin collection\"}");
        long requestId = Council.json(request).get("id").asLong();

        HttpResponse<String> merge = Council.postJson("identity/merges", "adviser", "{\"keptId\":" + kept + ",\"mergedId\":" + merged
                + ",\"reason\":\"Same person: confirmed on the phone\"}");
        assertEquals(200, merge.statusCode(), merge::body);

        JsonNode complaints = Council.json(Council.get("complaints?resident=" + kept, "adviser"));
        assertEquals(List.of(complaint), ids(complaints, "id"), "complaints");
        JsonNode file = ComplaintsApi.find(complaint);
        assertEquals("Letters in large print", file.get("adjustments").get(0).get("adjustment").asText(), "adjustments");

        JsonNode restrictions = Council.json(Council.get("contact-restrictions?resident=" + kept, "adviser"));
        assertEquals(List.of(restrictionId), ids(restrictions, "id"), "restrictions");
        assertTrue(restrictions.get(0).get("inForce").asBoolean(), "the alert the adviser sees first on the kept record");

        assertEquals(List.of(requestId), ids(Council.json(Council.get("service-requests?resident=" + kept, "adviser")), "id"),
                "open service requests");

        JsonNode timeline = Council.json(Council.get("residents/" + kept + "/timeline?max=100", "adviser"));
        String summaries = timeline.get("items").toString();
        assertTrue(summaries.contains("Complaint C" + complaint) && summaries.contains("Contact restricted until reviewed")
                && summaries.contains("reasonable adjustment agreed"), "the timeline: " + summaries);

        JsonNode export = Council.json(Council.get("subject-access/" + kept, "administrator"));
        assertEquals(List.of(complaint), ids(export.get("complaints"), "id"), "subject access: complaints");
        assertEquals(List.of(restrictionId), ids(export.get("contactRestrictions"), "id"), "subject access: restrictions");
        assertEquals(List.of(requestId), ids(export.get("serviceRequests"), "id"), "subject access: service requests");
    }
}
