package uk.gov.council.cs.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentRegistrationTest {

    @Test
    void completeDetailsAreAccepted() {
        ResidentRegistration r = new ResidentRegistration("Aisha", "Khan", LocalDate.of(1984, 3, 2), "SE15 4QB");
        assertTrue(r.isValid(), () -> "unexpected problems: " + r.problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ResidentRegistration r = new ResidentRegistration(" ", null, null, "SE15 4CB");
        assertEquals(List.of("Forename is missing.", "Surname is missing.", "Date of birth is missing.",
                "The last two letters of a postcode are never C, I, K, M, O or V."), r.problems());
    }

    @Test
    void impossibleDatesOfBirthAreRefused() {
        assertEquals(List.of("Date of birth is in the future."),
                new ResidentRegistration("A", "B", LocalDate.now().plusDays(1), "M1 1AE").problems());
        assertEquals(List.of("Date of birth is before 1900."),
                new ResidentRegistration("A", "B", LocalDate.of(1899, 12, 31), "M1 1AE").problems());
    }

    @Test
    void overlongNamesAreRefused() {
        String long101 = "x".repeat(101);
        assertEquals(List.of("Forename is longer than 100 characters.", "Surname is longer than 100 characters."),
                new ResidentRegistration(long101, long101, LocalDate.of(1990, 1, 1), "M1 1AE").problems());
    }
}
