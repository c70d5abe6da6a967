package uk.gov.council.cs.residents.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Decides the agreement level of each field of two records. Stateless and thread-safe. */
final class FieldComparisons {

    /** Jaro-Winkler at or above this is a typing slip rather than another name. */
    static final double TYPO_SIMILARITY = 0.90;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    private FieldComparisons() {
    }

    static Level forename(PersonDetails a, PersonDetails b) {
        String x = a.forename();
        String y = b.forename();
        if (x == null || y == null) {
            return Level.FORENAME_MISSING;
        }
        if (x.equals(y)) {
            return Level.FORENAME_EXACT;
        }
        if (Nicknames.sameName(x, y)) {
            return Level.FORENAME_NICKNAME;
        }
        if (middleNameOf(x, b.givenNames()) || middleNameOf(y, a.givenNames())) {
            return Level.FORENAME_MIDDLE_NAME;
        }
        if ((x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y))) {
            return Level.FORENAME_INITIAL;
        }
        if (similar(x, y)) {
            return Level.FORENAME_TYPO;
        }
        if (soundAlike(x, y)) {
            return Level.FORENAME_SOUNDS_ALIKE;
        }
        return Level.FORENAME_DIFFERENT;
    }

    static Level surname(PersonDetails a, PersonDetails b) {
        String x = a.surname();
        String y = b.surname();
        if (x == null || y == null) {
            return Level.SURNAME_MISSING;
        }
        if (x.equals(y)) {
            return Level.SURNAME_EXACT;
        }
        if (a.previousSurnames().contains(y) || b.previousSurnames().contains(x)
                || !Collections.disjoint(a.previousSurnames(), b.previousSurnames())) {
            return Level.SURNAME_PREVIOUS;
        }
        if (partOf(x, y) || partOf(y, x)) {
            return Level.SURNAME_PART;
        }
        if (similar(x, y)) {
            return Level.SURNAME_TYPO;
        }
        if (soundAlike(x, y)) {
            return Level.SURNAME_SOUNDS_ALIKE;
        }
        return Level.SURNAME_DIFFERENT;
    }

    static Level dateOfBirth(PersonDetails a, PersonDetails b) {
        LocalDate x = a.dateOfBirth();
        LocalDate y = b.dateOfBirth();
        if (x == null || y == null) {
            return Level.DOB_MISSING;
        }
        if (x.equals(y)) {
            return Level.DOB_EXACT;
        }
        if (x.getYear() == y.getYear() && x.getDayOfMonth() == y.getMonthValue() && x.getMonthValue() == y.getDayOfMonth()) {
            return Level.DOB_DAY_MONTH_SWAPPED;
        }
        String p = x.format(DIGITS);
        String q = y.format(DIGITS);
        int differing = 0;
        int first = -1;
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) != q.charAt(i)) {
                differing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differing == 1) {
            return Level.DOB_ONE_DIGIT;
        }
        if (differing == 2 && first + 1 < p.length() && p.charAt(first) == q.charAt(first + 1)
                && p.charAt(first + 1) == q.charAt(first)) {
            return Level.DOB_TRANSPOSED;
        }
        if (x.getYear() == y.getYear() && x.getMonthValue() == y.getMonthValue()) {
            return Level.DOB_SAME_MONTH;
        }
        return Level.DOB_DIFFERENT;
    }

    static Level address(PersonDetails a, PersonDetails b) {
        if (a.uprn() != null && a.uprn().equals(b.uprn())) {
            return Level.ADDRESS_UPRN;
        }
        if (a.postcode() == null || b.postcode() == null) {
            return a.uprn() != null && b.uprn() != null ? Level.ADDRESS_DIFFERENT : Level.ADDRESS_MISSING;
        }
        if (a.postcode().equals(b.postcode())) {
            return Level.ADDRESS_POSTCODE;
        }
        if (district(a.postcode()).equals(district(b.postcode()))) {
            return Level.ADDRESS_DISTRICT;
        }
        return Level.ADDRESS_DIFFERENT;
    }

    static Level niNumber(PersonDetails a, PersonDetails b) {
        if (a.niNumber() == null || b.niNumber() == null) {
            return Level.NI_MISSING;
        }
        return a.niNumber().equals(b.niNumber()) ? Level.NI_EXACT : Level.NI_DIFFERENT;
    }

    static Level phone(PersonDetails a, PersonDetails b) {
        return shared(a.phones(), b.phones(), Level.PHONE_SHARED, Level.PHONE_NONE_SHARED, Level.PHONE_MISSING);
    }

    static Level email(PersonDetails a, PersonDetails b) {
        return shared(a.emails(), b.emails(), Level.EMAIL_SHARED, Level.EMAIL_NONE_SHARED, Level.EMAIL_MISSING);
    }

    private static Level shared(Set<String> x, Set<String> y, Level shared, Level none, Level missing) {
        if (x.isEmpty() || y.isEmpty()) {
            return missing;
        }
        return Collections.disjoint(x, y) ? none : shared;
    }

    static boolean similar(String x, String y) {
        return JARO_WINKLER.apply(x, y) >= TYPO_SIMILARITY;
    }

    static boolean soundAlike(String x, String y) {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        return metaphone.isDoubleMetaphoneEqual(x, y) || metaphone.isDoubleMetaphoneEqual(x, y, true);
    }

    private static boolean middleNameOf(String forename, String givenNames) {
        if (givenNames == null) {
            return false;
        }
        List<String> names = Arrays.asList(givenNames.split(" "));
        return names.size() > 1 && names.subList(1, names.size()).contains(forename);
    }

    private static boolean partOf(String part, String whole) {
        return Arrays.asList(whole.split("[ -]")).contains(part);
    }

    static String district(String postcode) {
        int space = postcode.indexOf(' ');
        return space > 0 ? postcode.substring(0, space) : postcode;
    }
}
