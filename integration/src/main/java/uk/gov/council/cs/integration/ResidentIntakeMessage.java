package uk.gov.council.cs.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.residents.ResidentRegistration;

/**
 * A resident sent by a back-office system (housing, benefits) on the {@code ResidentIntake} queue.
 * JSON, for example:
 * <pre>{"sourceSystem":"housing","sourceReference":"TEN-001234","forename":"Aisha","surname":"Khan",
 *  "dateOfBirth":"1984-03-02","postcode":"SE15 4QB"}</pre>
 * The resident keeps {@code sourceReference} as the system's reference for them (a housing tenancy, a
 * benefits claim), so that the system's later events reach their timeline.
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
        } else if (sourceReference != null && !sourceReference.isBlank() && referenceSystem().isEmpty()) {
            problems.add("sourceSystem \"" + sourceSystem.strip() + "\" is not a system the council keeps references for: "
                    + String.join(", ", SYSTEMS.keySet()) + ".");
        }
        if (sourceReference != null && !sourceReference.isBlank()) {
            // The same rule as the systems' events, so that every reference kept can be matched by an event.
            EventFields reference = new EventFields();
            reference.key("sourceReference", sourceReference, 50, false);
            problems.addAll(reference.problems());
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

    /** The sending systems whose reference the resident keeps, by the word they send as sourceSystem. */
    static final Map<String, ReferenceSystem> SYSTEMS = new LinkedHashMap<>();

    static {
        SYSTEMS.put("housing", ReferenceSystem.HOUSING_TENANCY);
        SYSTEMS.put("benefits", ReferenceSystem.BENEFITS_CLAIM);
        SYSTEMS.put("council-tax", ReferenceSystem.COUNCIL_TAX);
        SYSTEMS.put("adult-social-care", ReferenceSystem.ADULT_SOCIAL_CARE);
        SYSTEMS.put("parking", ReferenceSystem.PARKING_PERMIT);
    }

    /** Which of the resident's references sourceReference is, if the system is one the council keeps references for. */
    public Optional<ReferenceSystem> referenceSystem() {
        return sourceSystem == null ? Optional.empty()
                : Optional.ofNullable(SYSTEMS.get(sourceSystem.strip().toLowerCase(Locale.UK)));
    }

    /** The sending system's key for the resident, or empty when it sent none. */
    public Optional<String> reference() {
        return sourceReference == null || sourceReference.isBlank() ? Optional.empty() : Optional.of(sourceReference.strip());
    }

    /** The registration this message asks for; call only when {@link #problems()} is empty. */
    public ResidentRegistration toRegistration() {
        return new ResidentRegistration(forename, surname, LocalDate.parse(dateOfBirth.trim()), postcode);
    }
}
