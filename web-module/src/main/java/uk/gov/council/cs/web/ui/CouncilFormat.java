package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import uk.gov.council.cs.workingdays.CouncilTime;

/** How every screen writes a moment: in the council's time, as staff read it ("25 Nov 2026 09:30"). */
@Named
@ApplicationScoped
public class CouncilFormat {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy");

    public static String moment(Instant instant) {
        return CouncilTime.readable(instant);
    }

    public String when(Instant instant) {
        return moment(instant);
    }

    /** A moment for a machine (the datetime of a time element). */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A timeline entry's kind as a heading: "service-request" is "Service request". */
    public String kind(String kind) {
        if (kind == null || kind.isEmpty()) {
            return "";
        }
        String words = kind.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "received", "acknowledged" as a button or heading: "Received". */
    public String capitalised(String words) {
        return words == null || words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A service request's step as staff read it: "due by 3 Dec 2026", "done 1 Dec 2026 09:30 (met)". */
    public String progress(uk.gov.council.cs.servicerequests.ServiceRequestSummary.StepProgress p) {
        return switch (p.standing()) {
            case NO_TARGET -> p.doneAt() == null ? "not done yet" : "done " + when(p.doneAt());
            case DUE -> "due by " + day(p.dueBy());
            case OVERDUE -> "overdue: was due by " + day(p.dueBy());
            case MET -> "done " + when(p.doneAt()) + " (met)";
            case MISSED -> p.doneAt() == null ? "not done: the request was closed after it was due by " + day(p.dueBy())
                    : "done " + when(p.doneAt()) + " (missed: due by " + day(p.dueBy()) + ")";
            case NOT_NEEDED -> "not needed: the request was closed without it";
        };
    }

    /** The design's tag colour for a service request step's standing (the words say it too). */
    public String stepTag(uk.gov.council.cs.servicerequests.ServiceStandards.Standing standing) {
        return switch (standing) {
            case OVERDUE, MISSED -> "govuk-tag govuk-tag--red";
            case DUE -> "govuk-tag govuk-tag--blue";
            case MET -> "govuk-tag govuk-tag--green";
            case NO_TARGET, NOT_NEEDED -> "govuk-tag govuk-tag--grey";
        };
    }

    /** Several values in one line, sorted: "020 7525 0000, 07700 900700". */
    public String joined(java.util.Collection<String> values) {
        return values.stream().sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    /** A day as staff read it: "5 Nov 2026"; empty for none. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
