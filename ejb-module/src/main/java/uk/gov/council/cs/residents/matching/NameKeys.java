package uk.gov.council.cs.residents.matching;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The sound of a name as an index key: names that sound alike (Smith, Smyth; Stephen, Steven)
 * share a key, so a search finds them by index rather than by comparing every resident. A forename
 * is looked up under the keys of all its usual forms, so "Bill" finds William.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** The key stored for a name as written, or null when there is no name. */
    public static String of(String name) {
        String normalised = PersonDetails.name(name);
        if (normalised == null) {
            return null;
        }
        // The first word: "Mary Ann" is indexed under Mary; hyphenated surnames under their first part
        // as well (see surnameKeysToSearch).
        String first = normalised.split("[ -]")[0];
        String key = new DoubleMetaphone().doubleMetaphone(first);
        return key == null || key.isEmpty() ? first.substring(0, Math.min(8, first.length())) : key;
    }

    /** Keys under which a forename typed in a search may be stored: its own and its usual forms'. */
    public static Set<String> forenameKeysToSearch(String forename) {
        String normalised = PersonDetails.name(forename);
        Set<String> keys = new LinkedHashSet<>();
        if (normalised == null) {
            return keys;
        }
        for (String form : Nicknames.formsOf(normalised.split("[ -]")[0])) {
            keys.add(of(form));
        }
        return keys;
    }

    /** Keys under which a surname typed in a search may be stored: each part of a double-barrelled name. */
    public static Set<String> surnameKeysToSearch(String surname) {
        String normalised = PersonDetails.name(surname);
        Set<String> keys = new LinkedHashSet<>();
        if (normalised == null) {
            return keys;
        }
        for (String part : normalised.split("[ -]")) {
            keys.add(of(part));
        }
        return keys;
    }
}
