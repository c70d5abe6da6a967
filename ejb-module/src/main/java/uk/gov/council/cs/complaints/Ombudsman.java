package uk.gov.council.cs.complaints;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The two Ombudsmen a council answers to, each with its own words for the life of a case and its
 * decisions: the Local Government and Social Care Ombudsman for council services, the Housing
 * Ombudsman for the council as landlord.
 */
public enum Ombudsman {
    LGSCO("Local Government and Social Care Ombudsman",
            "Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH; telephone 0300 061 0614; www.lgo.org.uk",
            List.of("Enquiry", "Further enquiry", "Premature (referred back for local resolution)", "Draft decision",
                    "Final decision", "Public interest report", "Closed"),
            List.of("Upheld", "Not upheld", "Closed after initial enquiries", "Invalid or incomplete",
                    "Referred back for local resolution")),
    HOUSING("Housing Ombudsman",
            "Housing Ombudsman Service, PO Box 1484, Unit D, Preston PR2 0ET; telephone 0300 111 3000; www.housing-ombudsman.org.uk",
            List.of("Enquiry", "Investigation", "Determination", "Review", "Closed"),
            List.of("Severe maladministration", "Maladministration", "Service failure", "No maladministration",
                    "Reasonable redress", "Outside jurisdiction"));

    /** References look like {@code 19 007 429}: two digits (the year), then two groups of three. */
    private static final Pattern REFERENCE = Pattern.compile("(\\d{2})\\s?(\\d{3})\\s?(\\d{3})");

    private final String title;
    private final String contact;
    private final List<String> stages;
    private final List<String> decisions;

    Ombudsman(String title, String contact, List<String> stages, List<String> decisions) {
        this.title = title;
        this.contact = contact;
        this.stages = stages;
        this.decisions = decisions;
    }

    public String title() {
        return title;
    }

    /** How a complainant reaches this Ombudsman: given in refusals, extensions and final responses. */
    public String contact() {
        return contact;
    }

    /** The stages of a case in this Ombudsman's words, first to last. */
    public List<String> stages() {
        return stages;
    }

    /** Its decisions or findings, in its words. */
    public List<String> decisions() {
        return decisions;
    }

    /** The reference in its written form ({@code 19 007 429}), or empty when it is not one. */
    public static java.util.Optional<String> normalisedReference(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = REFERENCE.matcher(typed.strip());
        return m.matches() ? java.util.Optional.of(m.group(1) + " " + m.group(2) + " " + m.group(3)) : java.util.Optional.empty();
    }

    /** Whether a decision or finding means fault was found (for the upheld rate). */
    public boolean faultFound(String decision) {
        return switch (this) {
            case LGSCO -> "Upheld".equals(decision);
            case HOUSING -> List.of("Severe maladministration", "Maladministration", "Service failure", "Reasonable redress")
                    .contains(decision);
        };
    }
}
