package uk.gov.council.cs.equality;

/** Carer: "Do you look after, or give any help or support to, anyone because they have long-term physical or mental health conditions or illnesses, or problems related to old age?" (Census 2021, unpaid care, asked as yes or no). */
public enum UnpaidCarer implements EqualityAnswer {
    YES("Yes"),
    NO("No"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    UnpaidCarer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
