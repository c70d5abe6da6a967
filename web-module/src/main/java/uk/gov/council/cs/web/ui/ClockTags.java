package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.gov.council.cs.complaints.Standing;

/**
 * A complaint clock's standing as the design's tag: its colour and, so that nothing is said by
 * colour alone, its words.
 */
@Named
@ApplicationScoped
public class ClockTags {

    public String tagClass(Standing standing) {
        if (standing == null) {
            return "govuk-tag govuk-tag--grey";
        }
        return switch (standing) {
            case RED, MISSED -> "govuk-tag govuk-tag--red";
            case AMBER -> "govuk-tag govuk-tag--yellow";
            case GREEN, MET -> "govuk-tag govuk-tag--green";
        };
    }

    public String words(Standing standing) {
        if (standing == null) {
            return "No clock";
        }
        return switch (standing) {
            case RED -> "Overdue";
            case AMBER -> "Due soon";
            case GREEN -> "On time";
            case MET -> "Met";
            case MISSED -> "Missed";
        };
    }

    /** For sorting a column by urgency: overdue first. */
    public int urgency(Standing standing) {
        return standing == null ? 9 : switch (standing) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
            case MISSED -> 3;
            case MET -> 4;
        };
    }
}
