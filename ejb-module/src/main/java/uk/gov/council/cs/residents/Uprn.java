package uk.gov.council.cs.residents;

import java.util.Optional;

/** A Unique Property Reference Number: the public-sector key for a property, an integer of up to 12 digits. */
public record Uprn(long value) {

    public static final long LARGEST = 999_999_999_999L;

    public Uprn {
        if (value < 1 || value > LARGEST) {
            throw new IllegalArgumentException("A UPRN is a whole number from 1 to 999999999999 (up to 12 digits).");
        }
    }

    public static Uprn of(String text) {
        String problem = problemWith(text).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Uprn(Long.parseLong(text.trim()));
    }

    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("UPRN is missing.");
        }
        String digits = text.trim();
        if (!digits.matches("[0-9]+")) {
            return Optional.of("A UPRN contains only digits.");
        }
        String significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty()) {
            return Optional.of("A UPRN is never zero.");
        }
        if (significant.length() > 12) {
            return Optional.of("A UPRN has at most 12 digits.");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
