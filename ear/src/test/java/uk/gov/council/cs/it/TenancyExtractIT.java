package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The housing system's tenancy extract dropped in its folder: each tenant matched exactly as a
 * registration from the desk (a new person registered, a known one linked), the tenancy reference
 * kept, the property made the address of a current tenant (the old one kept in their history), the
 * tenancy on their timeline; a wrong row quarantined with its line while the rest is applied, and
 * replayed once corrected; the same file dropped again changes nothing; a changed row applies its change.
 */
class TenancyExtractIT extends DeployedCouncil {

    @Test
    void anExtractIsAppliedOnceAndOnlyItsChangesAfterwards() {
        String u = Council.uniqueSurname();
        String tenancy = "TEN-" + u.toUpperCase(Locale.UK);
        String moved = "TEN-" + u.toUpperCase(Locale.UK) + "-M";
        String known = u + "known";
        long knownId = Council.json(Residents.register("Maryam", known, "1979-05-20", "SE15 5BY")).get("resident").get("id").asLong();

        String grace = "TEN-X," + "P-" + u + "-1,secure,2019-04-01,,100021234567,Flat 2,Ashby House,Station Road,Peckham,London,"
                + "SE15 4QB,Grace," + u + "a,1961-02-11,,07700 900123,grace." + u.toLowerCase(Locale.UK) + "@example.org\n";
        String csv = TenancyFolder.HEADER
                + grace.replace("TEN-X", tenancy)
                + tenancy + ",P-" + u + "-2,secure,2019-04-01,,100021234567,Flat 2,Ashby House,Station Road,Peckham,London,SE15 4QB,"
                + "Winston," + u + "b,1958-09-30,,,\n"
                + moved + ",P-" + u + "-3,introductory,2025-11-03,,,,12,Rye Lane,,London,SE15 5BY,Maryam," + known + ",1979-05-20,,,\n"
                + "TEN-W" + u + ",P-" + u + "-4,weekly,2024-01-01,,,,3,Bellenden Road,,London,SE15 4RF,Ade," + u + "d,1990-01-01,,,\n";
        TenancyFolder.drop("tenancies-" + u + ".csv", csv);

        Council.eventually(Duration.ofSeconds(30), "the extract read and moved to done",
                () -> TenancyFolder.processed("tenancies-" + u + ".csv").filter(p -> p.toString().contains("/done/")).isPresent());

        long graceId = HousingEventsIT.registered(u + "a");
        JsonNode profile = profile(graceId);
        assertEquals("Flat 2", profile.get("address").get("saon").asText(), profile::toString);
        assertEquals(100021234567L, profile.get("address").get("uprn").asLong());
        assertTrue(profile.get("references").toString().contains("\"reference\":\"" + tenancy + "\""), profile::toString);
        assertEquals("07700900123", profile.get("phones").get(0).asText().replace(" ", ""), profile::toString);
        assertEquals(List.of("Tenant of the secure tenancy " + tenancy + " at Flat 2, Ashby House Station Road, Peckham,"
                + " London SE15 4QB from 1 April 2019"), HousingEventsIT.lines(graceId, "housing-event"));
        HousingEventsIT.registered(u + "b");

        JsonNode knownProfile = profile(knownId);
        assertEquals("12", knownProfile.get("address").get("paon").asText(), () -> "linked, and moved: " + knownProfile);
        JsonNode before = knownProfile.get("pastAddresses").get(0).get("address");
        assertTrue(before.get("postcode").asText().equals("SE15 5BY") && Council.absent(before, "paon"),
                () -> "the address the desk had is kept in the history: " + knownProfile);
        assertTrue(knownProfile.get("references").toString().contains(moved), knownProfile::toString);

        JsonNode wrong = BackOffice.quarantined("P-" + u + "-4");
        assertNotNull(wrong, "the wrong row is kept");
        assertEquals("folder:housing-tenancies", wrong.get("source").asText());
        assertEquals("Line 5 of tenancies-" + u + ".csv: tenancy_type \"weekly\" is not one of secure, introductory, flexible,"
                + " demoted, temporary, licence, leasehold, shared-ownership.", wrong.get("reason").asText());

        // The same file again (the next full extract with nothing changed) and one changed row (the tenancy ended).
        TenancyFolder.drop("tenancies-" + u + "-again.csv", csv);
        Council.eventually(Duration.ofSeconds(30), "the same file read again",
                () -> TenancyFolder.processed("tenancies-" + u + "-again.csv").isPresent());
        TenancyFolder.drop("tenancies-" + u + "-delta.csv", TenancyFolder.HEADER
                + grace.replace("TEN-X", tenancy).replace("2019-04-01,,", "2019-04-01,2026-11-30,"));
        String graceKey = tenancy + ":P-" + u.toUpperCase(Locale.UK) + "-1";
        Council.eventually(Duration.ofSeconds(30), "the second file counted as duplicates and the delta applied",
                () -> HousingEventsIT.record("housing-tenancies", graceKey)
                        .map(r -> r.get("duplicates").asInt() == 1 && r.get("versions").asInt() == 2).orElse(false));
        Council.eventually(Duration.ofSeconds(30), "the second file read",
                () -> HousingEventsIT.record("housing-tenancies", moved + ":P-" + u.toUpperCase(Locale.UK) + "-3")
                        .map(r -> r.get("duplicates").asInt() == 1).orElse(false));
        assertEquals(List.of("Housing system's tenancy record changed: Tenant of the secure tenancy " + tenancy + " at Flat 2,"
                        + " Ashby House Station Road, Peckham, London SE15 4QB from 1 April 2019 to 30 November 2026",
                        "Tenant of the secure tenancy " + tenancy + " at Flat 2, Ashby House Station Road, Peckham,"
                        + " London SE15 4QB from 1 April 2019"),
                HousingEventsIT.lines(graceId, "housing-event"), "nothing twice, the change once");
        assertEquals(1, profile(knownId).get("pastAddresses").size(), "the unchanged row moved nobody again");

        assertEquals(202, BackOffice.replay(wrong.get("id").asLong(), wrong.get("payload").asText().replace("weekly", "secure"))
                .statusCode());
        assertTrue(HousingEventsIT.record("housing-tenancies", "TEN-W" + u.toUpperCase(Locale.UK) + ":P-" + u.toUpperCase(Locale.UK)
                + "-4").isPresent(), "the corrected row applied");
        assertEquals("REPLAYED", Council.json(Council.get("rejected-records/" + wrong.get("id").asLong(), "administrator"))
                .get("status").asText());
    }

    private static JsonNode profile(long id) {
        return Council.json(Council.send(Council.api("residents/" + id + "/profile", "adviser")
                .header("X-Purpose", "checking the tenancy extract").GET().build()));
    }
}
