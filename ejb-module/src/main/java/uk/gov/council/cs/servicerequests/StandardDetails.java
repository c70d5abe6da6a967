package uk.gov.council.cs.servicerequests;

import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.contacts.Channel;

/**
 * One published target as an administrator enters it: working days for a step of a service
 * request, or seconds for answering a call or webchat ({@link Step#ANSWER}).
 *
 * @param serviceId null: every service without a target of its own
 * @param channel   null: every channel without a target of its own
 */
public record StandardDetails(Long serviceId, Channel channel, Step step, int workingDays, String description,
                              Integer answerSeconds) {

    /** Longer than a year of working days is not a service standard. */
    static final int MOST_WORKING_DAYS = 260;
    /** An answering target of more than an hour is not a target for a call or webchat. */
    static final int MOST_ANSWER_SECONDS = 3600;

    /** A target for a step of a service request, in working days. (Not a constructor: JSON-B wants records to have one.) */
    public static StandardDetails inWorkingDays(Long serviceId, Channel channel, Step step, int workingDays, String description) {
        return new StandardDetails(serviceId, channel, step, workingDays, description, null);
    }

    /** A target as an administrator gives it: seconds for answering, working days for a request's steps. */
    public static StandardDetails withTarget(Long serviceId, Channel channel, Step step, int target, String description) {
        return step == Step.ANSWER ? answering(serviceId, channel, target, description)
                : inWorkingDays(serviceId, channel, step, target, description);
    }

    /** The target in words: "15 seconds", "10 working days". */
    public String targetInWords() {
        return step == Step.ANSWER ? answerSeconds + " seconds" : workingDays + " working days";
    }

    /** A target for answering calls or webchats, in seconds ("Calls answered within 15 seconds"). */
    public static StandardDetails answering(Long serviceId, Channel channel, int seconds, String description) {
        return new StandardDetails(serviceId, channel, Step.ANSWER, 0, description, seconds);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (step == null) {
            problems.add("Choose the step the target is for: acknowledge, fulfil, close or answer.");
        }
        if (step == Step.ANSWER) {
            if (answerSeconds == null || answerSeconds < 1 || answerSeconds > MOST_ANSWER_SECONDS) {
                problems.add("An answering target is from 1 to " + MOST_ANSWER_SECONDS + " seconds.");
            }
            if (channel == null || !channel.waitsToBeAnswered()) {
                problems.add("An answering target is for calls or webchats: choose the telephone or webchat channel.");
            }
            if (workingDays != 0) {
                problems.add("An answering target is in seconds, not working days: leave working days at 0.");
            }
        } else {
            if (workingDays < 0 || workingDays > MOST_WORKING_DAYS) {
                problems.add("The target must be from 0 to " + MOST_WORKING_DAYS + " working days.");
            }
            if (step != null && answerSeconds != null) {
                problems.add("A target in seconds is only for answering calls and webchats; a request's steps take working days.");
            }
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

    boolean appliesTo(Long service, Channel requestChannel) {
        return (serviceId == null || serviceId.equals(service)) && (channel == null || channel == requestChannel);
    }
}
