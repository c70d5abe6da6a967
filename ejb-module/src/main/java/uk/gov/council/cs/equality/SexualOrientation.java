package uk.gov.council.cs.equality;

/** Sexual orientation, asked of people aged 16 and over (Census 2021). "Other" may be written in. */
public enum SexualOrientation implements EqualityAnswer {
    STRAIGHT_OR_HETEROSEXUAL("Straight or Heterosexual"),
    GAY_OR_LESBIAN("Gay or Lesbian"),
    BISEXUAL("Bisexual"),
    OTHER("Other sexual orientation"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    SexualOrientation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
