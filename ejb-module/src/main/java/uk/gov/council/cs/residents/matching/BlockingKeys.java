package uk.gov.council.cs.residents.matching;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Keys that bring likely candidates together without comparing every pair of a million residents:
 * two records are compared only if they share at least one key. Each key tolerates the errors the
 * others do not (a typo in the name, a transposed date, a move of house).
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static Set<String> of(PersonDetails p) {
        Set<String> keys = new LinkedHashSet<>();
        DoubleMetaphone metaphone = new DoubleMetaphone();
        if (p.niNumber() != null) {
            keys.add("ni:" + p.niNumber());
        }
        if (p.dateOfBirth() != null) {
            keys.add("dob:" + p.dateOfBirth());
            if (p.surname() != null) {
                keys.add("surname-sound+year:" + metaphone.doubleMetaphone(p.surname()) + ":" + p.dateOfBirth().getYear());
            }
            if (p.forename() != null) {
                keys.add("forename-initial+month-day:" + p.forename().charAt(0) + ":" + p.dateOfBirth().getMonthValue()
                        + "-" + p.dateOfBirth().getDayOfMonth());
            }
        }
        if (p.uprn() != null) {
            keys.add("uprn:" + p.uprn());
        }
        if (p.postcode() != null && p.surname() != null) {
            keys.add("postcode+surname-sound:" + p.postcode() + ":" + metaphone.doubleMetaphone(p.surname()));
        }
        p.phones().forEach(phone -> keys.add("phone:" + phone));
        p.emails().forEach(email -> keys.add("email:" + email));
        return keys;
    }
}
