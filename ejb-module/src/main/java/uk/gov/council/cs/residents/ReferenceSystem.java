package uk.gov.council.cs.residents;

/** The back-office systems whose keys a resident carries, so their feeds can attach events later. */
public enum ReferenceSystem {
    HOUSING_TENANCY("Housing tenancy reference"),
    BENEFITS_CLAIM("Benefits claim reference"),
    COUNCIL_TAX("Council tax account"),
    ADULT_SOCIAL_CARE("Adult social care case"),
    PARKING_PERMIT("Parking permit");

    private final String label;

    ReferenceSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
