package uk.gov.council.cs.servicerequests;

import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.contacts.Channel;

/**
 * One published target as an administrator enters it.
 *
 * @param serviceId null: every service without a target of its own
 * @param channel   null: every channel without a target of its own
 */
public record StandardDetails(Long serviceId, Channel channel, Step step, int workingDays, String description) {

    /** Longer than a year of working days is not a service standard. */
    static final int MOST_WORKING_DAYS = 260;

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (step == null) {
            problems.add("Choose the step the target is for: acknowledge, fulfil or close.");
        }
        if (workingDays < 0 || workingDays > MOST_WORKING_DAYS) {
            problems.add("The target must be from 0 to " + MOST_WORKING_DAYS + " working days.");
        }
        if (description == null || description.isBlank()) {
            problems.add("Describe the standard as it is published, for example \"Letters answered within 10 working days\".");
        } else if (description.length() > 200) {
            problems.add("The description is longer than 200 characters.");
        }
        return problems;
    }

    /** How closely this standard fits a request: 3 for its service and channel, 0 for the council-wide default. */
    int specificity() {
        return (serviceId == null ? 0 : 2) + (channel == null ? 0 : 1);
    }

    boolean appliesTo(long service, Channel requestChannel) {
        return (serviceId == null || serviceId == service) && (channel == null || channel == requestChannel);
    }
}
