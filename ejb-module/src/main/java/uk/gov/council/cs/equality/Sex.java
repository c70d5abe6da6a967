package uk.gov.council.cs.equality;

/** Sex: "What is your sex?" (Census 2021). */
public enum Sex implements EqualityAnswer {
    FEMALE("Female"),
    MALE("Male"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
