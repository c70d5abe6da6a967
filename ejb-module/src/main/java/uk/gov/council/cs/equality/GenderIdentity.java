package uk.gov.council.cs.equality;

/** Gender identity, asked of people aged 16 and over: "Is the gender you identify with the same as your sex registered at birth?" (Census 2021). "No" may be written in. */
public enum GenderIdentity implements EqualityAnswer {
    SAME_AS_SEX_REGISTERED_AT_BIRTH("Yes, the same as my sex registered at birth"),
    DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH("No, different from my sex registered at birth"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    GenderIdentity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
