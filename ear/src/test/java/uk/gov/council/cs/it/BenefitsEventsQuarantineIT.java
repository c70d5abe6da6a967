package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim event that matches nobody, and one with a field wrong, are kept as rejected records with
 * their reasons while the queue carries on; once the claimant is on file with the claim's reference,
 * and the wrong field is corrected, an administrator replays both and each reaches the timeline once.
 */
class BenefitsEventsQuarantineIT extends DeployedCouncil {

    @Test
    void eventsThatCannotBeAppliedAreKeptWithTheirReasonsAndAppliedWhenReplayed() {
        String claim = "HB-" + Council.uniqueSurname().toUpperCase(java.util.Locale.UK);
        String received = "{\"eventId\":\"" + claim + "-1\",\"type\":\"claim-received\",\"occurredAt\":\"2026-11-02T10:00:00Z\","
                + "\"claimReference\":\"" + claim + "\",\"scheme\":\"housing-benefit\"}";
        String wrongScheme = "{\"eventId\":\"" + claim + "-2\",\"type\":\"evidence-requested\",\"occurredAt\":\"2026-11-03T10:00:00Z\","
                + "\"claimReference\":\"" + claim + "\",\"scheme\":\"universal-credit\",\"evidenceDue\":\"2026-11-17\"}";
        BackOffice.send("back-office-system", "BenefitsEvents", received);
        BackOffice.send("back-office-system", "BenefitsEvents", wrongScheme);

        Council.eventually(Duration.ofSeconds(30), "both events quarantined",
                () -> BackOffice.quarantined(claim + "-1") != null && BackOffice.quarantined(claim + "-2") != null);
        JsonNode nobody = BackOffice.quarantined(claim + "-1");
        assertEquals("queue:BenefitsEvents", nobody.get("source").asText());
        assertEquals("Refused: Nobody on file has benefits claim reference " + claim + ". Once the resident is on file with that"
                + " reference (from the system's extract or a registration), replay this record.", nobody.get("reason").asText());
        JsonNode wrong = BackOffice.quarantined(claim + "-2");
        assertEquals("Refused: scheme \"universal-credit\" is not one of housing-benefit, council-tax-reduction.",
                wrong.get("reason").asText());

        String surname = Council.uniqueSurname();
        BackOffice.send("back-office-system", "ResidentIntake", "{\"sourceSystem\":\"benefits\",\"sourceReference\":\"" + claim
                + "\",\"forename\":\"Tomasz\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"1984-03-02\",\"postcode\":\"SE15 4QB\"}");
        long claimant = HousingEventsIT.registered(surname);

        assertEquals(202, BackOffice.replay(nobody.get("id").asLong(), received).statusCode());
        assertEquals(202, BackOffice.replay(wrong.get("id").asLong(), wrongScheme.replace("universal-credit", "housing-benefit"))
                .statusCode());
        Council.eventually(Duration.ofSeconds(30), "both replayed events applied",
                () -> HousingEventsIT.record("BenefitsEvents", claim + "-1").isPresent()
                        && HousingEventsIT.record("BenefitsEvents", claim + "-2").isPresent());

        assertEquals(List.of("Housing Benefit claim " + claim + ": evidence requested by 17 Nov 2026",
                        "Housing Benefit claim " + claim + " received"), HousingEventsIT.lines(claimant, "benefits-event"),
                "each event once on the claimant's timeline");
        JsonNode replayed = Council.json(Council.get("rejected-records/" + nobody.get("id").asLong(), "administrator"));
        assertEquals("REPLAYED", replayed.get("status").asText());

        // The benefits system sending the corrected event itself as well changes nothing: the natural key counts it.
        BackOffice.send("back-office-system", "BenefitsEvents", wrongScheme.replace("universal-credit", "housing-benefit"));
        Council.eventually(Duration.ofSeconds(30), "the system's own resend counted as a duplicate",
                () -> HousingEventsIT.record("BenefitsEvents", claim + "-2").map(r -> r.get("duplicates").asInt() == 1).orElse(false));
        assertEquals(2, HousingEventsIT.lines(claimant, "benefits-event").size());
    }
}
