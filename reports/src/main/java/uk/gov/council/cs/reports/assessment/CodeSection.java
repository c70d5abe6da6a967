package uk.gov.council.cs.reports.assessment;

/**
 * The sections of the Complaint Handling Code that a council assesses itself against each year, in the
 * Code's own numbering (section 8 asks for this self-assessment in the annual report).
 */
public enum CodeSection {
    DEFINITION(1, "Definition of a complaint"),
    EXCLUSIONS(2, "Exclusions"),
    ACCESSIBILITY(3, "Accessibility and awareness"),
    STAFF(4, "Complaint handling staff"),
    PROCESS(5, "The complaint handling process"),
    STAGES(6, "Complaint stages"),
    PUTTING_RIGHT(7, "Putting things right"),
    REPORTING(8, "Self-assessment, reporting and compliance"),
    SCRUTINY(9, "Scrutiny and oversight: continuous learning and improvement");

    private final int number;
    private final String title;

    CodeSection(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** "Section 6: Complaint stages". */
    public String label() {
        return "Section " + number + ": " + title;
    }

    public static CodeSection numbered(int number) {
        for (CodeSection s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("the Code has sections 1 to " + values().length + "; there is no section " + number + ".");
    }
}
