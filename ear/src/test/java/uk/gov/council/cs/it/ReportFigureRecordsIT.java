package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * The records behind a report's figure, through the API: for the roles that own the report, named as the CSV
 * names the figure; equality figures only for the equality officer, whose listing is audited; a share has no
 * records of its own.
 */
class ReportFigureRecordsIT extends DeployedCouncil {

    private static HttpResponse<String> records(String report, String period, String table, String row, String column, String username) {
        return Council.get("reports/" + report + "/records?period=" + period + "&table=" + encode(table) + "&row=" + encode(row)
                + "&column=" + encode(column), username);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aCountListsTheContactsItCountsForTheReportsOwners() {
        long resident = ComplaintsApi.newResident("Tracey");
        Residents.logContact(resident, "Missed bin collection");
        Warehouse.loadChanges();
        String quarter = ReportPeriod.quarterOf(WorkingDayCount.today()).code();
        HttpResponse<String> listed = records("quarterly-performance", quarter, "First-point resolution and avoidable contact by channel",
                "All channels", "Contacts", "complaints-officer");
        assertEquals(200, listed.statusCode(), listed.body());
        JsonNode view = Council.json(listed);
        long count = view.get("records").get("count").asLong();
        assertTrue(count >= 1, listed.body());
        assertEquals(view.get("figure").asText().replace(",", ""), Long.toString(count), listed.body());
        assertEquals("Contact", view.get("records").get("headings").get(0).asText());
        assertEquals(Math.min(count, 200), view.get("records").get("rows").size());

        assertEquals(403, records("annual-complaints", ReportPeriod.financialYearOf(WorkingDayCount.today()).code(),
                "Complaints refused, and why", "All", "Complaints", "head-of-service").statusCode(), "not a head of service's report");
        assertEquals(403, records("quarterly-performance", quarter, "First-point resolution and avoidable contact by channel",
                "All channels", "Contacts", "adviser").statusCode(), "advisers have no reports");
    }

    @Test
    void aShareHasNoRecordsOfItsOwnAndAnUnknownOrUnnamedFigureIsRefused() {
        String quarter = ReportPeriod.quarterOf(WorkingDayCount.today()).code();
        HttpResponse<String> share = records("quarterly-performance", quarter, "First-point resolution and avoidable contact by channel",
                "All channels", "% resolved", "senior-manager");
        assertEquals(400, share.statusCode(), share.body());
        assertTrue(share.body().contains("worked out from the counts beside it"), share.body());
        HttpResponse<String> unknown = records("quarterly-performance", quarter, "No such table", "All", "Contacts", "senior-manager");
        assertEquals(404, unknown.statusCode(), unknown.body());
        HttpResponse<String> unnamed = Council.get("reports/quarterly-performance/records?period=" + quarter, "senior-manager");
        assertEquals(400, unnamed.statusCode(), unnamed.body());
        assertTrue(unnamed.body().contains("table: the table's caption, as printed, is needed"), unnamed.body());
        assertTrue(unnamed.body().contains("column: the column's heading"), unnamed.body());
    }

    @Test
    void equalityFiguresAreListedOnlyForTheEqualityOfficer() {
        String year = ReportPeriod.financialYearOf(WorkingDayCount.today()).code();
        Warehouse.loadChanges();
        String table = "Sex: people who contacted us, service requests and complaints";
        HttpResponse<String> refused = records("equality", year, table, "All", "Complaints", "senior-manager");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("published in aggregate only"), refused.body());
        HttpResponse<String> listed = records("equality", year, table, "All", "Complaints", "equality-officer");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals("Complaint stages", Council.json(listed).get("records").get("records").asText());
    }
}
