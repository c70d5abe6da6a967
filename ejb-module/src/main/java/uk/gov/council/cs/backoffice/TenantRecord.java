package uk.gov.council.cs.backoffice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import uk.gov.council.cs.residents.Address;
import uk.gov.council.cs.residents.ResidentRegistration;

/**
 * One tenant of one tenancy, as a row of the housing system's tenancy extract: the tenancy (its
 * reference, type, dates and property) and the person (the housing system's own reference for them,
 * their name, date of birth and the contact details it holds). Checked by the extract's reader; the
 * council's matching decides who on file the person is.
 *
 * @param endDate    empty (null) while the tenancy runs
 * @param niNumber   null where the housing system holds none; so are phone and email
 */
public record TenantRecord(String tenancyReference, String personReference, String tenancyType, LocalDate startDate,
                           LocalDate endDate, Address property, String forename, String surname, LocalDate dateOfBirth,
                           String niNumber, String phone, String email) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The row's natural key: a tenancy and a person the housing system knows, whatever else changes. */
    public String key() {
        return tenancyReference.strip().toUpperCase(Locale.UK) + ":" + personReference.strip().toUpperCase(Locale.UK);
    }

    /** The tenancy reference as the resident keeps it (the form events are matched by). */
    public String reference() {
        return tenancyReference.strip().toUpperCase(Locale.UK);
    }

    /**
     * A digest of everything the row says, so that a row sent again unchanged (every row of a weekly full
     * extract that has not changed) is told apart from one that has, without keeping personal data twice.
     */
    public String contentHash() {
        return DigestUtils.sha256Hex(Stream.of(key(), tenancyType, startDate, endDate, property.saon(), property.paon(),
                        property.street(), property.locality(), property.town(), property.postcode(), property.uprn(), forename,
                        surname, dateOfBirth, niNumber, phone, email)
                .map(v -> v == null ? "" : v.toString().strip())
                .collect(Collectors.joining("\u001f")));
    }

    /** A tenancy that has begun and not ended by {@code today}: its property is where the tenant lives. */
    public boolean isCurrentOn(LocalDate today) {
        return !startDate.isAfter(today) && (endDate == null || !endDate.isBefore(today));
    }

    public ResidentRegistration registration() {
        return new ResidentRegistration(forename, surname, dateOfBirth, property.postcode());
    }

    /** The timeline's line for the tenancy: "Tenant of the secure tenancy TEN-1 at 14 Station Road, … from 1 April 2019". */
    public String summary() {
        return "Tenant of the " + tenancyType + " tenancy " + reference() + " at " + property.oneLine()
                + " from " + DAY.format(startDate) + (endDate == null ? "" : " to " + DAY.format(endDate));
    }

    /** The line for a later version of the row: what the housing system now says. */
    public String changeSummary() {
        return "Housing system's tenancy record changed: " + summary();
    }

    public boolean sameProperty(Address other) {
        return other != null && (property.uprn() != null && Objects.equals(property.uprn(), other.uprn())
                || property.oneLine().equalsIgnoreCase(other.oneLine()));
    }
}
