package uk.gov.council.cs.residents.matching;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What identity matching compares of a person, however they arrived: typed by an adviser, sent by
 * a back-office system or already on file. Text is normalised on the way in (case, accents,
 * punctuation, spacing), so comparisons see only real differences. Any field may be missing.
 *
 * @param givenNames       forename and middle names, in order
 * @param previousSurnames earlier surnames, for example before marriage
 * @param postcode         normalised postcode (see {@code Postcode}) or null
 * @param phones           digits only, UK numbers in national form (07...)
 */
public record PersonDetails(String givenNames, String surname, List<String> previousSurnames, LocalDate dateOfBirth,
                            String postcode, Long uprn, String niNumber, Set<String> phones, Set<String> emails) {

    public PersonDetails {
        givenNames = name(givenNames);
        surname = name(surname);
        previousSurnames = previousSurnames == null ? List.of()
                : previousSurnames.stream().map(PersonDetails::name).filter(n -> n != null).toList();
        postcode = postcode == null || postcode.isBlank() ? null : postcode.trim().toUpperCase(Locale.UK);
        niNumber = niNumber == null || niNumber.isBlank() ? null : niNumber.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        phones = phones == null ? Set.of() : phones.stream().map(PersonDetails::phone).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        emails = emails == null ? Set.of() : emails.stream().map(e -> e.trim().toLowerCase(Locale.UK))
                .filter(e -> !e.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The first given name: the forename. */
    public String forename() {
        return givenNames == null ? null : givenNames.split(" ")[0];
    }

    /** Upper case, no accents, apostrophes or full stops, hyphens and runs of spaces as one space. */
    static String name(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = plain.toUpperCase(Locale.UK).replaceAll("['’.]", "").replaceAll("[^A-Z -]", " ")
                .replaceAll("\\s+", " ").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Digits only; +44 becomes the national 0 prefix. */
    static String phone(String text) {
        return uk.gov.council.cs.residents.ResidentDetails.nationalPhone(text);
    }
}
