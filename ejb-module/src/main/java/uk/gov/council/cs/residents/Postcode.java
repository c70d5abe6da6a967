package uk.gov.council.cs.residents;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode, stored normalised: upper case, one space before the three-character inward code.
 * Formats (DOMAIN.md): A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA; the inward code's
 * letters never include C, I, K, M, O or V; GIR 0AA is a special case.
 */
public record Postcode(String value) {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]([0-9]|[0-9][0-9]|[0-9][A-Z]|[A-Z][0-9]|[A-Z][0-9][0-9]|[A-Z][0-9][A-Z])");
    private static final Pattern INWARD = Pattern.compile("[0-9][ABD-HJLNP-UW-Z]{2}");
    private static final Pattern INWARD_SHAPE = Pattern.compile("[0-9][A-Z]{2}");

    public Postcode {
        String problem = problemWith(value).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = normalise(value);
    }

    /** Parses free text as typed by a resident or sent by another system. */
    public static Postcode of(String text) {
        return new Postcode(text);
    }

    /** The specific reason the text is not a UK postcode, or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Postcode is missing.");
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.equals("GIR0AA")) {
            return Optional.empty();
        }
        if (!compact.matches("[A-Z0-9]+")) {
            return Optional.of("Postcode may contain only letters, digits and spaces.");
        }
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.of("Postcode must be 5 to 7 letters and digits long (for example SW1A 1AA).");
        }
        String outward = compact.substring(0, compact.length() - 3);
        String inward = compact.substring(compact.length() - 3);
        if (!INWARD_SHAPE.matcher(inward).matches()) {
            return Optional.of("Postcode must end with a digit and two letters (for example 1AA).");
        }
        if (!INWARD.matcher(inward).matches()) {
            return Optional.of("The last two letters of a postcode are never C, I, K, M, O or V.");
        }
        if (!OUTWARD.matcher(outward).matches()) {
            return Optional.of("The first part of the postcode (\"" + outward
                    + "\") is not a UK outward code such as A9, A99, A9A, AA9, AA99 or AA9A.");
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** The outward code, which names the postcode district (for example SE15). */
    public String outwardCode() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}
