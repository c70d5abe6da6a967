package uk.gov.council.cs.residents;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A National Insurance number (HMRC NIM39110), stored without spaces: two prefix letters, six
 * digits and a suffix A, B, C or D. D, F, I, Q, U and V are never prefix letters; O is never the
 * second; the prefixes BG, GB, KN, NK, NT, TN and ZZ are not used.
 */
public record NationalInsuranceNumber(String value) {

    private static final String NEVER_IN_PREFIX = "DFIQUV";
    private static final Set<String> UNUSED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    public NationalInsuranceNumber {
        String problem = problemWith(value).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = compact(value);
    }

    public static NationalInsuranceNumber of(String text) {
        return new NationalInsuranceNumber(text);
    }

    /** The specific reason the text is not an NI number, or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("National Insurance number is missing.");
        }
        String n = compact(text);
        if (!n.matches("[A-Z0-9]+")) {
            return Optional.of("A National Insurance number contains only letters, digits and spaces.");
        }
        if (!n.matches("[A-Z]{2}[0-9]{6}[A-Z]")) {
            return Optional.of("A National Insurance number is two letters, six digits and a letter (for example AB 12 34 56 C).");
        }
        char first = n.charAt(0);
        char second = n.charAt(1);
        if (NEVER_IN_PREFIX.indexOf(first) >= 0) {
            return Optional.of("A National Insurance number never starts with D, F, I, Q, U or V.");
        }
        if (NEVER_IN_PREFIX.indexOf(second) >= 0 || second == 'O') {
            return Optional.of("The second letter of a National Insurance number is never D, F, I, O, Q, U or V.");
        }
        String prefix = n.substring(0, 2);
        if (UNUSED_PREFIXES.contains(prefix)) {
            return Optional.of("The prefix " + prefix + " is not used for National Insurance numbers.");
        }
        char suffix = n.charAt(8);
        if (suffix < 'A' || suffix > 'D') {
            return Optional.of("The last letter of a National Insurance number is A, B, C or D.");
        }
        return Optional.empty();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }

    /** As printed on letters: AB 12 34 56 C. */
    public String formatted() {
        return value.substring(0, 2) + " " + value.substring(2, 4) + " " + value.substring(4, 6) + " "
                + value.substring(6, 8) + " " + value.charAt(8);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
