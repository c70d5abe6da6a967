package uk.gov.council.cs.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.residents.ResidentRegistration;

/**
 * A resident sent by a back-office system (housing, benefits) on the {@code ResidentIntake} queue.
 * JSON, for example:
 * <pre>{"sourceSystem":"housing","sourceReference":"TEN-001234","forename":"Aisha","surname":"Khan",
 *  "dateOfBirth":"1984-03-02","postcode":"SE15 4QB"}</pre>
 * Fields the council does not know yet are ignored, so a sender can add fields without breaking us.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResidentIntakeMessage(String sourceSystem, String sourceReference, String forename, String surname,
                                    String dateOfBirth, String postcode) {

    /** Every reason this message cannot become a resident; empty when it can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sourceSystem == null || sourceSystem.isBlank()) {
            problems.add("sourceSystem is missing: say which system sent the resident (for example housing).");
        }
        LocalDate dob = null;
        if (dateOfBirth != null && !dateOfBirth.isBlank()) {
            try {
                dob = LocalDate.parse(dateOfBirth.trim());
            } catch (DateTimeParseException e) {
                problems.add("dateOfBirth \"" + dateOfBirth + "\" is not a date in the form 1984-03-02.");
            }
        }
        List<String> details = new ResidentRegistration(forename, surname, dob, postcode).problems();
        for (String p : details) {
            // A malformed date was already reported above with the value as sent.
            if (!(p.equals("Date of birth is missing.") && dateOfBirth != null && !dateOfBirth.isBlank())) {
                problems.add(p);
            }
        }
        return problems;
    }

    /** The registration this message asks for; call only when {@link #problems()} is empty. */
    public ResidentRegistration toRegistration() {
        return new ResidentRegistration(forename, surname, LocalDate.parse(dateOfBirth.trim()), postcode);
    }
}
