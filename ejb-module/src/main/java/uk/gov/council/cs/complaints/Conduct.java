package uk.gov.council.cs.complaints;

/** The kinds of unreasonable or persistent conduct a restriction on contact may rest on. */
public enum Conduct {
    SCATTERGUN("Contacting many officers or services about the same matter (scattergun)"),
    EXCESSIVE_DEMANDS("Excessive demands on the council's time"),
    REFUSES_DECISION("Refusing to accept a decision properly reached"),
    RESUBMITTED("The same complaint made again within 6 months"),
    ABUSIVE_LANGUAGE("Abusive or threatening language");

    private final String wording;

    Conduct(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }
}
