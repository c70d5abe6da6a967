package uk.gov.council.cs.equality;

/** The GSS harmonised disability question, part one: "Do you have any physical or mental health conditions or illnesses lasting or expected to last for 12 months or more?" */
public enum LongTermCondition implements EqualityAnswer {
    YES("Yes"),
    NO("No"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    LongTermCondition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
