package uk.gov.council.cs.residents.matching;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keys that bring likely candidates together without comparing every pair of a million residents:
 * two records are compared only if they share at least one key. Each key tolerates the errors the
 * others do not (a typo in the name, a transposed date, a move of house). The application reads the
 * candidates sharing these keys through indexes ({@code ResidentMatching}); the matching benchmark
 * groups its synthetic borough by them, so both compare the same pairs.
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static Set<String> of(PersonDetails p) {
        Set<String> keys = new LinkedHashSet<>();
        String surname = NameKeys.of(p.surname());
        String forename = NameKeys.of(p.forename());
        if (p.niNumber() != null) {
            keys.add("ni:" + p.niNumber());
        }
        if (p.dateOfBirth() != null) {
            keys.add("dob:" + p.dateOfBirth());
            if (surname != null && forename != null) {
                // A transposed or mistyped date of birth still falls in the same year more often than not;
                // the forename's sound keeps the block small for common surnames.
                keys.add("names+year:" + surname + ":" + forename + ":" + p.dateOfBirth().getYear());
            }
        }
        if (p.uprn() != null) {
            keys.add("uprn:" + p.uprn());
        }
        if (p.postcode() != null && surname != null) {
            keys.add("postcode+surname:" + p.postcode() + ":" + surname);
        }
        p.phones().forEach(phone -> keys.add("phone:" + phone));
        p.emails().forEach(email -> keys.add("email:" + email));
        return keys;
    }
}
