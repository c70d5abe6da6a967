package uk.gov.council.cs.complaints;

import java.math.BigDecimal;
import java.util.Optional;

/** A remedy offered: an apology, an action, or a financial remedy with its amount. */
public record Remedy(RemedyType type, String description, BigDecimal amount) {

    /** Why this remedy cannot be recorded; empty when it can. */
    public Optional<String> problem() {
        if (type == null) {
            return Optional.of("Say what kind of remedy it is: apology, action or financial.");
        }
        if (description == null || description.isBlank()) {
            return Optional.of("Describe the " + type.label().toLowerCase(java.util.Locale.UK) + ".");
        }
        if (description.length() > 2000) {
            return Optional.of("A remedy's description is longer than 2000 characters.");
        }
        if (type == RemedyType.FINANCIAL && (amount == null || amount.signum() <= 0)) {
            return Optional.of("A financial remedy needs its amount in pounds, more than nothing.");
        }
        if (type != RemedyType.FINANCIAL && amount != null) {
            return Optional.of("Only a financial remedy has an amount.");
        }
        return Optional.empty();
    }

    /** The remedy as a letter gives it: "A payment of £150.00: time and trouble". */
    public String wording() {
        return switch (type) {
            case APOLOGY -> "An apology: " + description;
            case ACTION -> "Action: " + description;
            case FINANCIAL -> "A payment of £" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ": " + description;
        };
    }
}
