package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Administrators keep the working-day calendar: a closure day is skipped by deadlines until removed,
 * and a newer GOV.UK file replaces the holidays of the years it covers. Dates far ahead keep the
 * other tests' clocks clear of them.
 */
class WorkingDayCalendarIT extends DeployedCouncil {

    private static String after(String from, int days) {
        HttpResponse<String> r = Council.get("calendar/working-days-after?from=" + from + "&days=" + days, "adviser");
        assertEquals(200, r.statusCode(), r::body);
        return Council.json(r).get("day").asText();
    }

    @Test
    void aClosureIsSkippedUntilItIsRemoved() {
        assertEquals("2029-06-13", after("2029-06-11", 2));
        String closure = "{\"day\":\"2029-06-12\",\"reason\":\"Office move\"}";
        assertEquals(403, Council.postJson("calendar/closures", "adviser", closure).statusCode());
        assertEquals(201, Council.postJson("calendar/closures", "administrator", closure).statusCode());
        assertEquals("2029-06-14", after("2029-06-11", 2), "the closed Tuesday does not count");
        HttpResponse<String> again = Council.postJson("calendar/closures", "administrator", closure);
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("2029-06-12 is not a working day already"), again::body);
        assertTrue(Council.json(Council.get("calendar?year=2029", "adviser")).get("closures").toString().contains("Office move"));

        assertEquals(204, Council.send(Council.api("calendar/closures/2029-06-12", "administrator").DELETE().build()).statusCode());
        assertEquals("2029-06-13", after("2029-06-11", 2));
        assertEquals(404, Council.send(Council.api("calendar/closures/2029-06-12", "administrator").DELETE().build()).statusCode());
    }

    @Test
    void aNewerGovUkFileReplacesTheYearsItCovers() {
        // 2030 as shipped has the early May bank holiday on Monday 6 May; this file moves it to Wednesday 8 May.
        assertEquals("2030-05-08", after("2030-05-07", 1));
        String file = "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
                + "{\"title\":\"New Year's Day\",\"date\":\"2030-01-01\",\"notes\":\"\",\"bunting\":true},"
                + "{\"title\":\"Early May bank holiday\",\"date\":\"2030-05-08\",\"notes\":\"\",\"bunting\":true}]}}";
        HttpResponse<String> imported = Council.send(Council.api("calendar/bank-holidays", "administrator")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(file)).build());
        assertEquals(200, imported.statusCode(), imported::body);
        assertEquals("[2030]", Council.json(imported).get("yearsReplaced").get("ENGLAND_AND_WALES").toString());
        assertEquals("2030-05-09", after("2030-05-07", 1), "the imported holiday counts");
        assertEquals("2030-05-06", after("2030-05-03", 1), "and the shipped one it replaced no longer does");

        HttpResponse<String> bad = Council.send(Council.api("calendar/bank-holidays", "administrator")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scotland\":{\"events\":[{\"title\":\"St Andrew's Day\",\"date\":\"30/11/2030\"}]}}")).build());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("has the date \\\"30/11/2030\\\", which is not a date like 2026-12-25"), bad::body);
    }

    @Test
    void aClosureAddedLaterLeavesRunningClocksAloneAndMovesNewOnes() {
        java.time.LocalDate today = WorkingDayCount.today();
        long running = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Clockwise"), null);
        String dueBefore = ComplaintsApi.find(running).get("clocks").get(0).get("dueOn").asText();
        assertEquals(WorkingDayCount.after(today, 5).toString(), dueBefore, "acknowledgement: 5 working days, counted by hand");

        java.time.LocalDate closed = WorkingDayCount.after(today, 2);
        HttpResponse<String> added = Council.postJson("calendar/closures", "administrator",
                "{\"day\":\"" + closed + "\",\"reason\":\"Staff training day\"}");
        assertEquals(201, added.statusCode(), added::body);
        try {
            assertEquals(dueBefore, ComplaintsApi.find(running).get("clocks").get(0).get("dueOn").asText(),
                    "a clock already running keeps its date");
            long started = ComplaintsApi.log("adviser", ComplaintsApi.newResident("Anticlockwise"), null);
            assertEquals(WorkingDayCount.after(today, 5).toString(), ComplaintsApi.find(started).get("clocks").get(0).get("dueOn").asText(),
                    "a clock started after the change skips the closure (the hand count skips it too)");
            assertTrue(WorkingDayCount.after(today, 5).isAfter(java.time.LocalDate.parse(dueBefore)), "and so falls a day later");
        } finally {
            assertEquals(204, Council.send(Council.api("calendar/closures/" + closed, "administrator").DELETE().build()).statusCode());
        }
    }
}
