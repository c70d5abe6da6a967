package uk.gov.council.cs.complaints;

/**
 * The only reasons a complaint may be refused (DOMAIN.md, exclusions). Anything else is accepted;
 * a refusal records its evidence and the letter tells the person of their right to go to the
 * Ombudsman.
 */
public enum RefusalReason {
    OVER_TWELVE_MONTHS("The matter happened more than 12 months ago and the council used its discretion not to consider it"),
    LEGAL_PROCEEDINGS("Legal proceedings about the matter have started"),
    ALREADY_CONSIDERED("The matter has already been considered under this procedure"),
    PLANNING_APPEAL("It is for the planning appeals procedure"),
    SOCIAL_CARE_STATUTORY("It is for the statutory social care complaints procedure"),
    SCHOOL_ADMISSIONS("It is for the school admissions appeals procedure"),
    COUNCILLOR_CONDUCT("It is about a councillor's conduct, which the Monitoring Officer considers"),
    STAFF_PERSONNEL("It is a staff personnel matter");

    private final String wording;

    RefusalReason(String wording) {
        this.wording = wording;
    }

    /** The reason as the refusal letter gives it. */
    public String wording() {
        return wording;
    }
}
