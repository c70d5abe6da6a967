package uk.gov.council.cs.equality;

/** Marriage and civil partnership: legal partnership status as the Census 2021 asks it. */
public enum LegalPartnershipStatus implements EqualityAnswer {
    NEVER_MARRIED_OR_IN_CIVIL_PARTNERSHIP("Never married and never registered a civil partnership"),
    MARRIED("Married"),
    IN_CIVIL_PARTNERSHIP("In a registered civil partnership"),
    SEPARATED("Separated, but still legally married or in a civil partnership"),
    DIVORCED_OR_DISSOLVED("Divorced or civil partnership dissolved"),
    WIDOWED_OR_SURVIVING_PARTNER("Widowed or surviving civil partnership partner"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    LegalPartnershipStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
