package uk.gov.council.cs.equality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.gov.council.cs.contacts.Channel;

/**
 * A questionnaire as someone hands it in to be recorded: whether the resident stated consent to
 * equality monitoring, the day and channel they answered on, and the answers. Says what stops it
 * being kept, each problem naming its field.
 */
public record CompletedQuestionnaire(boolean consentStated, LocalDate answeredOn, Channel channel, EqualityAnswers answers) {

    private static final String CHANNELS = String.join(", ", Arrays.stream(Channel.values()).map(Enum::name).toList());

    /** The problems for a resident born on {@code dateOfBirth}, their record anonymised or not, on {@code today}. */
    public List<String> problems(LocalDate dateOfBirth, boolean anonymised, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (!consentStated) {
            problems.add("consent: record answers only when the resident has said they consent to equality monitoring"
                    + " (consent true).");
        }
        if (anonymised) {
            problems.add("resident: the record has been anonymised; no answers can be kept for it.");
        }
        if (channel == null) {
            problems.add("channel: say how the answers were given (" + CHANNELS + ").");
        }
        if (answeredOn == null) {
            problems.add("answeredOn: the day the resident answered is missing.");
        } else if (answeredOn.isAfter(today)) {
            problems.add("answeredOn: " + answeredOn + " is after today (" + today + ").");
        } else if (dateOfBirth != null && answeredOn.isBefore(dateOfBirth)) {
            problems.add("answeredOn: " + answeredOn + " is before the resident was born.");
        }
        if (answers == null) {
            problems.add("answers: none were sent.");
        } else if (answeredOn != null) {
            problems.addAll(answers.problems(dateOfBirth, answeredOn));
        }
        return problems;
    }
}
