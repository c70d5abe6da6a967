package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committee reports count contacts and people from aggregates the loads keep (contacts per day and
 * measure, people per year by profile, first age band and channels). After every load they must say what
 * the facts say, also when a load changed no contact but the people behind them: two records merged into
 * one person, and that person's equality answers given.
 */
class ContactAggregatesFollowTheFactsIT extends DeployedCouncil {

    private static final String YEAR = "SELECT financial_year FROM warehouse.dim_date WHERE date_key = ?";

    @Test
    void aMergeAndNewAnswersReachTheAggregatesAtTheNextLoad() {
        long service = service();
        long kept = ComplaintsApi.newResident("Philippa");
        long merged = ComplaintsApi.newResident("Philippa");
        contact(kept, service, "TELEPHONE");
        contact(merged, service, "WEB");
        load();
        String year = (String) Warehouse.row(YEAR, Warehouse.dateKey(WorkingDayCount.today())).get("financial_year");
        long before = people(year);

        assertEquals(200, Council.postJson("identity/merges", "adviser", "{\"keptId\":" + kept + ",\"mergedId\":" + merged
                + ",\"reason\":\"Same person, two systems\"}").statusCode());
        load();
        assertEquals(before - 1, people(year), "two records merged are one person of the year");
        long black = peopleAnswering(year, "BLACK");

        assertEquals(201, Council.postJson("equality-monitoring", "adviser", EqualityAnswersAreSpecialCategoryIT.questionnaire(
                kept, WorkingDayCount.today().toString(), EqualityAnswersAreSpecialCategoryIT.ANSWERS)).statusCode());
        load();
        assertEquals(black + 1, peopleAnswering(year, "BLACK"), "the person counts under their new answers");
        assertEquals(before - 1, people(year));
    }

    /** Loads the warehouse and checks every year's aggregates against the facts. */
    private static void load() {
        assertEquals("SUCCEEDED", Warehouse.loadChanges().get("status").asText());
        for (Map<String, Object> row : Warehouse.rows("SELECT DISTINCT d.financial_year FROM warehouse.fact_contact f"
                + " JOIN warehouse.dim_date d ON d.date_key = f.date_key")) {
            String year = (String) row.get("financial_year");
            String days = " BETWEEN (SELECT MIN(date_key) FROM warehouse.dim_date WHERE financial_year = '" + year + "')"
                    + " AND (SELECT MAX(date_key) FROM warehouse.dim_date WHERE financial_year = '" + year + "')";
            Map<String, Object> facts = Warehouse.row("SELECT COUNT(*) AS contacts,"
                    + " SUM(CASE WHEN resolved_first_point THEN 1 ELSE 0 END) AS resolved, SUM(CASE WHEN avoidable THEN 1 ELSE 0 END) AS avoidable,"
                    + " SUM(CASE WHEN answer_target_seconds IS NOT NULL THEN 1 ELSE 0 END) AS waits,"
                    + " SUM(CASE WHEN answered_in_target THEN 1 ELSE 0 END) AS in_target FROM warehouse.fact_contact WHERE date_key" + days);
            Map<String, Object> counted = Warehouse.row("SELECT SUM(contacts) AS contacts,"
                    + " SUM(CASE WHEN resolved_first_point THEN contacts ELSE 0 END) AS resolved,"
                    + " SUM(CASE WHEN avoidable THEN contacts ELSE 0 END) AS avoidable,"
                    + " SUM(CASE WHEN wait_recorded THEN contacts ELSE 0 END) AS waits,"
                    + " SUM(CASE WHEN answered_in_target THEN contacts ELSE 0 END) AS in_target FROM warehouse.agg_contact_day WHERE date_key" + days);
            for (String measure : List.of("contacts", "resolved", "avoidable", "waits", "in_target")) {
                assertEquals(number(facts.get(measure)), number(counted.get(measure)), year + ": " + measure);
            }
            long distinctPeople = number(Warehouse.row("SELECT COUNT(DISTINCT r.person_id) AS n FROM warehouse.fact_contact f"
                    + " JOIN warehouse.dim_resident r ON r.resident_id = f.resident_id WHERE f.date_key" + days).get("n"));
            assertEquals(distinctPeople, people(year), year + ": people");
        }
    }

    private static long people(String year) {
        return number(Warehouse.row("SELECT SUM(people) AS n FROM warehouse.agg_people_year WHERE financial_year = ?", year).get("n"));
    }

    private static long peopleAnswering(String year, String ethnicGroup) {
        return number(Warehouse.row("SELECT SUM(a.people) AS n FROM warehouse.agg_people_year a JOIN warehouse.dim_equality_profile p"
                + " ON p.equality_profile_key = a.equality_profile_key WHERE a.financial_year = ? AND p.ethnic_group = ?", year,
                ethnicGroup).get("n"));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long service() {
        HttpResponse<String> added = Council.send(Council.api("services/local", "administrator").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Bulky waste " + Council.uniqueSurname())).build());
        assertEquals(200, added.statusCode(), added::body);
        return Council.json(added).get("id").asLong();
    }

    private static void contact(long resident, long service, String channel) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> r = Council.postJson("residents/" + resident + "/contacts", "adviser", "{\"channel\":\"" + channel
                + "\",\"contactType\":\"TRANSACTION\",\"serviceId\":" + service + ",\"reason\":\"A sofa to collect\","
                + "\"resolvedAtFirstPoint\":true,\"avoidable\":false,\"startedAt\":\"" + end.minusSeconds(200) + "\",\"endedAt\":\"" + end + "\"}");
        assertEquals(201, r.statusCode(), r::body);
    }
}
