package uk.gov.council.cs.reports.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The council's own finding on one section of the Code. */
public enum Compliance {
    COMPLIES("Complies"),
    PARTLY("Partly complies"),
    DOES_NOT_COMPLY("Does not comply");

    private final String words;

    Compliance(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static Compliance of(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.UK).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("choose one of " + Arrays.stream(values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
    }
}
