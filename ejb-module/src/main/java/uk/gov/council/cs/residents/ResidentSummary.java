package uk.gov.council.cs.residents;

import java.time.LocalDate;

/** What lists and the API show of a resident: a detached, serialisable view of the entity. */
public record ResidentSummary(long id, String forename, String surname, LocalDate dateOfBirth, String postcode) {

    public static ResidentSummary of(Resident r) {
        return new ResidentSummary(r.getId(), r.getForename(), r.getSurname(), r.getDateOfBirth(), r.getPostcode());
    }
}
