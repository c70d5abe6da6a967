package uk.gov.council.cs.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.contacts.Channel;

class CompletedQuestionnaireTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate BORN = LocalDate.of(1980, 5, 1);
    private static final EqualityAnswers SOME = new EqualityAnswers(EthnicGroup.PREFER_NOT_TO_SAY, null, null, null, null, null,
            null, null, null, null, null, null, null);

    @Test
    void aQuestionnaireWithConsentAnsweredTodayOnAChannelIsKept() {
        assertEquals(List.of(), new CompletedQuestionnaire(true, TODAY, Channel.TELEPHONE, SOME).problems(BORN, false, TODAY));
    }

    @Test
    void withoutStatedConsentNothingIsKept() {
        assertEquals(List.of("consent: record answers only when the resident has said they consent to equality monitoring"
                + " (consent true)."), new CompletedQuestionnaire(false, TODAY, Channel.TELEPHONE, SOME).problems(BORN, false, TODAY));
    }

    @Test
    void anAnonymisedRecordTakesNoAnswers() {
        assertEquals(List.of("resident: the record has been anonymised; no answers can be kept for it."),
                new CompletedQuestionnaire(true, TODAY, Channel.WEB, SOME).problems(BORN, true, TODAY));
    }

    @Test
    void theDayAnsweredMustBeGivenAndFallBetweenBirthAndToday() {
        assertEquals(List.of("answeredOn: the day the resident answered is missing."),
                new CompletedQuestionnaire(true, null, Channel.WEB, SOME).problems(BORN, false, TODAY));
        assertEquals(List.of("answeredOn: 2026-12-04 is after today (2026-12-03)."),
                new CompletedQuestionnaire(true, TODAY.plusDays(1), Channel.WEB, SOME).problems(BORN, false, TODAY));
        assertEquals(List.of("answeredOn: 1980-04-30 is before the resident was born."),
                new CompletedQuestionnaire(true, BORN.minusDays(1), Channel.WEB, SOME).problems(BORN, false, TODAY));
    }

    @Test
    void everyProblemIsNamedAtOnceChannelAndAnswersIncluded() {
        List<String> problems = new CompletedQuestionnaire(false, TODAY, null, null).problems(BORN, false, TODAY);
        assertEquals(3, problems.size(), problems::toString);
        assertEquals("channel: say how the answers were given (" + String.join(", ",
                java.util.Arrays.stream(Channel.values()).map(Enum::name).toList()) + ").", problems.get(1));
        assertEquals("answers: none were sent.", problems.get(2));
    }

    @Test
    void theAnswersOwnRulesApplyOnTheDayAnswered() {
        EqualityAnswers orientation = new EqualityAnswers(null, null, null, null, SexualOrientation.GAY_OR_LESBIAN, null, null,
                null, null, null, null, null, null);
        assertEquals(List.of("sexualOrientation: asked only of people aged 16 and over; the resident was under 16 on 2026-12-03."),
                new CompletedQuestionnaire(true, TODAY, Channel.WEB, orientation).problems(LocalDate.of(2011, 1, 1), false, TODAY));
    }
}
