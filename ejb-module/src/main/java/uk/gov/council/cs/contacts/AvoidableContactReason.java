package uk.gov.council.cs.contacts;

/** Why a contact was avoidable: the council could have spared the resident it (DOMAIN.md). */
public enum AvoidableContactReason {
    CHASING_PROGRESS("Chasing progress"),
    CLARIFICATION("Clarification needed"),
    INFORMATION_MISSING_FROM_WEBSITE("Information missing from the website"),
    WRONG_NUMBER_OR_TRANSFERRED("Wrong number or transferred");

    private final String label;

    AvoidableContactReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
