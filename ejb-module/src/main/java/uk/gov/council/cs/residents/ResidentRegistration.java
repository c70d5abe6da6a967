package uk.gov.council.cs.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.council.cs.residents.matching.PersonDetails;

/**
 * The details needed to register a resident, however they arrive (adviser's desk, REST, a
 * back-office feed). {@link #problems()} lists every reason the details cannot be accepted, so a
 * rejected record can be kept with all its reasons at once.
 */
public record ResidentRegistration(String forename, String surname, LocalDate dateOfBirth, String postcode) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (forename == null || forename.isBlank()) {
            problems.add("Forename is missing.");
        } else if (forename.length() > 100) {
            problems.add("Forename is longer than 100 characters.");
        }
        if (surname == null || surname.isBlank()) {
            problems.add("Surname is missing.");
        } else if (surname.length() > 100) {
            problems.add("Surname is longer than 100 characters.");
        }
        if (dateOfBirth == null) {
            problems.add("Date of birth is missing.");
        } else if (dateOfBirth.isAfter(LocalDate.now())) {
            problems.add("Date of birth is in the future.");
        } else if (dateOfBirth.isBefore(LocalDate.of(1900, 1, 1))) {
            problems.add("Date of birth is before 1900.");
        }
        Postcode.problemWith(postcode).ifPresent(problems::add);
        return problems;
    }

    /** What identity matching compares; call only when {@link #problems()} is empty. */
    public PersonDetails asPersonDetails() {
        return new PersonDetails(forename, surname, List.of(), dateOfBirth, Postcode.of(postcode).value(), null, null,
                Set.of(), Set.of());
    }

    public boolean isValid() {
        return problems().isEmpty();
    }
}
