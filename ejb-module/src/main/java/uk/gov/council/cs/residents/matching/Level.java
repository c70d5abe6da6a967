package uk.gov.council.cs.residents.matching;

/**
 * How closely one field of two records agrees, with the Fellegi-Sunter probabilities behind its
 * weight: m, the chance of this level when the records are the same person; u, when they are not.
 * The weight is log2(m/u): positive evidence for a match, negative against. Defaults follow the
 * proportions Splink-style models find on UK council and NHS data; they are estimates to be
 * re-fitted on the council's own data.
 */
public enum Level {
    FORENAME_EXACT("forename", "same forename", 0.86, 0.02),
    FORENAME_NICKNAME("forename", "forenames are forms of one name (e.g. Bill and William)", 0.04, 0.002),
    FORENAME_MIDDLE_NAME("forename", "one goes by the other's middle name", 0.02, 0.002),
    FORENAME_INITIAL("forename", "an initial that fits the other forename", 0.02, 0.003),
    FORENAME_TYPO("forename", "forenames differ by a typing slip", 0.04, 0.003),
    FORENAME_SOUNDS_ALIKE("forename", "forenames sound alike", 0.02, 0.005),
    FORENAME_DIFFERENT("forename", "different forenames", 0.01, 0.968),
    FORENAME_MISSING("forename", "forename missing on one record", 1, 1),

    SURNAME_EXACT("surname", "same surname", 0.88, 0.005),
    SURNAME_PREVIOUS("surname", "surname matches a previous surname (e.g. before marriage)", 0.04, 0.0001),
    SURNAME_PART("surname", "one surname is part of the other's double-barrelled surname", 0.01, 0.0005),
    SURNAME_TYPO("surname", "surnames differ by a typing slip", 0.04, 0.001),
    SURNAME_SOUNDS_ALIKE("surname", "surnames sound alike", 0.01, 0.003),
    SURNAME_DIFFERENT("surname", "different surnames", 0.02, 0.9904),
    SURNAME_MISSING("surname", "surname missing on one record", 1, 1),

    DOB_EXACT("date of birth", "same date of birth", 0.93, 0.00004),
    DOB_TRANSPOSED("date of birth", "two neighbouring digits swapped", 0.02, 0.0002),
    DOB_DAY_MONTH_SWAPPED("date of birth", "day and month swapped", 0.01, 0.00004),
    DOB_ONE_DIGIT("date of birth", "one digit differs", 0.03, 0.0006),
    DOB_SAME_MONTH("date of birth", "same month and year, another day", 0.01, 0.0012),
    DOB_DIFFERENT("date of birth", "different dates of birth", 0.01, 0.99796),
    DOB_MISSING("date of birth", "date of birth missing on one record", 1, 1),

    ADDRESS_UPRN("address", "same property (UPRN)", 0.6, 0.00005),
    ADDRESS_POSTCODE("address", "same postcode", 0.15, 0.001),
    ADDRESS_DISTRICT("address", "same postcode district", 0.05, 0.05),
    ADDRESS_DIFFERENT("address", "different address (people move)", 0.2, 0.94895),
    ADDRESS_MISSING("address", "address missing on one record", 1, 1),

    NI_EXACT("NI number", "same National Insurance number", 0.95, 0.0000001),
    NI_DIFFERENT("NI number", "different National Insurance numbers", 0.01, 0.9999999),
    NI_MISSING("NI number", "NI number missing on one record", 1, 1),

    PHONE_SHARED("phone", "a phone number in common", 0.5, 0.0001),
    PHONE_NONE_SHARED("phone", "no phone number in common", 0.5, 0.9999),
    PHONE_MISSING("phone", "no phone number on one record", 1, 1),

    EMAIL_SHARED("e-mail", "an e-mail address in common", 0.5, 0.0001),
    EMAIL_NONE_SHARED("e-mail", "no e-mail address in common", 0.5, 0.9999),
    EMAIL_MISSING("e-mail", "no e-mail address on one record", 1, 1);

    private final String field;
    private final String meaning;
    private final double m;
    private final double u;

    Level(String field, String meaning, double m, double u) {
        this.field = field;
        this.meaning = meaning;
        this.m = m;
        this.u = u;
    }

    public String field() {
        return field;
    }

    public String meaning() {
        return meaning;
    }

    /** log2(m/u): the evidence this level gives, in bits. */
    public double weight() {
        return Math.log(m / u) / Math.log(2);
    }
}
