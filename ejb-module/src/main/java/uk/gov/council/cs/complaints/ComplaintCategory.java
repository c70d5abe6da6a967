package uk.gov.council.cs.complaints;

/** What a complaint is about (the categories of the council's complaints procedure). */
public enum ComplaintCategory {
    QUALITY_OF_SERVICE("Quality of service"),
    STAFF_BEHAVIOUR("Staff behaviour"),
    DELAY("Delay in service delivery"),
    DECISION("Decision"),
    EQUALITY_AND_DIVERSITY("Equality and diversity"),
    OTHER("Other");

    private final String label;

    ComplaintCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
