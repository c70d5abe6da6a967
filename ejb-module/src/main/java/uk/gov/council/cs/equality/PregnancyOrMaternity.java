package uk.gov.council.cs.equality;

/** Pregnancy and maternity: "Are you pregnant, or have you given birth in the last 26 weeks?" */
public enum PregnancyOrMaternity implements EqualityAnswer {
    YES("Yes"),
    NO("No"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    PregnancyOrMaternity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
