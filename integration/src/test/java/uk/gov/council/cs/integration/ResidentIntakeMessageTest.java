package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.residents.ResidentRegistration;

class ResidentIntakeMessageTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCompleteMessageBecomesARegistration() throws Exception {
        ResidentIntakeMessage m = json.readValue("""
                {"sourceSystem":"housing","sourceReference":"TEN-1","forename":"Aisha","surname":"Khan",
                 "dateOfBirth":"1984-03-02","postcode":"se15 4qb","tenancyStart":"2020-01-01"}""",
                ResidentIntakeMessage.class);
        assertEquals(List.of(), m.problems());
        assertEquals(new ResidentRegistration("Aisha", "Khan", LocalDate.of(1984, 3, 2), "se15 4qb"), m.toRegistration());
    }

    @Test
    void aMalformedDateIsReportedWithTheValueSent() {
        ResidentIntakeMessage m = new ResidentIntakeMessage("benefits", "CLM-9", "Tomasz", "Nowak", "02/03/1984", "SE15 4QB");
        assertEquals(List.of("dateOfBirth \"02/03/1984\" is not a date in the form 1984-03-02."), m.problems());
    }

    @Test
    void everyProblemIsListed() {
        ResidentIntakeMessage m = new ResidentIntakeMessage(null, null, "", "Nowak", null, "SE15 4VB");
        assertEquals(List.of(
                "sourceSystem is missing: say which system sent the resident (for example housing).",
                "Forename is missing.",
                "Date of birth is missing.",
                "The last two letters of a postcode are never C, I, K, M, O or V."), m.problems());
    }

    @Test
    void theSourceReferenceIsKeptAsTheSystemsReference() {
        ResidentIntakeMessage m = new ResidentIntakeMessage(" Housing ", " TEN-1 ", "Aisha", "Khan", "1984-03-02", "SE15 4QB");
        assertEquals(java.util.Optional.of(uk.gov.council.cs.residents.ReferenceSystem.HOUSING_TENANCY), m.referenceSystem());
        assertEquals(java.util.Optional.of("TEN-1"), m.reference());
    }

    @Test
    void aReferenceFromASystemTheCouncilKeepsNoReferencesForIsRefused() {
        ResidentIntakeMessage m = new ResidentIntakeMessage("library", "L-1", "Aisha", "Khan", "1984-03-02", "SE15 4QB");
        assertEquals(List.of("sourceSystem \"library\" is not a system the council keeps references for: housing, benefits,"
                + " council-tax, adult-social-care, parking."), m.problems());
        assertEquals(List.of(), new ResidentIntakeMessage("library", null, "Aisha", "Khan", "1984-03-02", "SE15 4QB").problems(),
                "without a reference any system may register a resident, as before");
    }

    @Test
    void aReferenceLongerThanTheRecordKeepsIsRefused() {
        ResidentIntakeMessage m = new ResidentIntakeMessage("housing", "T".repeat(51), "Aisha", "Khan", "1984-03-02", "SE15 4QB");
        assertEquals(List.of("sourceReference \"" + "T".repeat(40) + "…\" is not a reference of 1 to 50 letters, digits and the"
                + " signs . _ : - (starting with a letter or digit)."), m.problems());
    }

    @Test
    void aReferenceNoEventCouldNameIsRefused() {
        ResidentIntakeMessage m = new ResidentIntakeMessage("housing", "TEN 001", "Aisha", "Khan", "1984-03-02", "SE15 4QB");
        assertEquals(List.of("sourceReference \"TEN 001\" is not a reference of 1 to 50 letters, digits and the signs . _ : -"
                + " (starting with a letter or digit)."), m.problems());
    }
}
