package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.JMSSecurityRuntimeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A resident sent by the housing system on the ResidentIntake queue becomes a resident: JMS, Camel, EJB, database. */
class ResidentIntakeQueueIT extends DeployedCouncil {

    static JsonNode findBySurname(String surname) {
        // Every page of the list: the suite's own residents (all "Aaa...") fill the first pages of it.
        for (int first = 0; ; first += 500) {
            JsonNode page = Council.json(Council.get("residents?first=" + first + "&max=500", "administrator"));
            for (JsonNode r : page) {
                if (r.get("surname").asText().equals(surname)) {
                    return r;
                }
            }
            if (page.size() < 500) {
                return null;
            }
        }
    }

    @Test
    void aValidMessageBecomesAResident() {
        String surname = Council.uniqueSurname();
        BackOffice.send("back-office-system", "ResidentIntake", BackOffice.resident("Kwame", surname, "1979-06-30", "sw9 8ab"));

        Council.eventually(Duration.ofSeconds(30), "resident " + surname + " registered from the queue",
                () -> findBySurname(surname) != null);
        JsonNode resident = findBySurname(surname);
        assertEquals("Kwame", resident.get("forename").asText());
        assertEquals("1979-06-30", resident.get("dateOfBirth").asText());
        assertEquals("SW9 8AB", resident.get("postcode").asText(), "postcode stored normalised");
        JsonNode references = Council.json(Council.get("residents/" + resident.get("id").asLong() + "/profile", "administrator"))
                .get("references");
        assertEquals("HOUSING_TENANCY TEN-" + surname.toUpperCase(java.util.Locale.UK), references.get(0).get("system").asText() + " "
                + references.get(0).get("reference").asText(), "the housing system's reference is kept: " + references);
        JsonNode audit = Council.json(Council.get("audit?subjectType=resident&subjectId=" + resident.get("id").asLong(), "administrator"));
        // What the intake did, in order: the registration and the housing reference, each named as the intake.
        java.util.List<String> byIntake = new java.util.ArrayList<>();
        for (JsonNode row : audit) {
            if (!row.get("action").asText().equals("READ")) {
                byIntake.add(0, row.get("action").asText() + " " + row.get("username").asText() + " " + row.get("purpose").asText());
            }
        }
        assertEquals(java.util.List.of("CREATE resident-intake registered from housing feed",
                "UPDATE resident-intake registered from housing feed"), byIntake, "the audit names the intake, not \"anonymous\"");
    }

    @Test
    void onlyBackOfficeSystemsMaySend() {
        assertThrows(JMSSecurityRuntimeException.class,
                () -> BackOffice.send("adviser", "ResidentIntake", BackOffice.resident("A", Council.uniqueSurname(), "1980-01-01", "SE1 1AA")));
    }
}
