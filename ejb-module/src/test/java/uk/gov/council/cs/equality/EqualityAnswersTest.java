package uk.gov.council.cs.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EqualityAnswersTest {

    private static final LocalDate ANSWERED = LocalDate.of(2026, 6, 10);
    private static final LocalDate SIXTEEN_THAT_DAY = LocalDate.of(2010, 6, 10);
    private static final LocalDate SIXTEEN_NEXT_DAY = LocalDate.of(2010, 6, 11);

    private static EqualityAnswers adultQuestions(GenderIdentity g, SexualOrientation o) {
        return new EqualityAnswers(null, Sex.FEMALE, g, null, o, null, null, null, null, null, null, null, null);
    }

    @Test
    void everyQuestionAnsweredOrPreferredNotIsKept() {
        EqualityAnswers all = new EqualityAnswers(EthnicGroup.CARIBBEAN, Sex.MALE,
                GenderIdentity.SAME_AS_SEX_REGISTERED_AT_BIRTH, null, SexualOrientation.PREFER_NOT_TO_SAY, null,
                Religion.OTHER, "Rastafari", LongTermCondition.YES, DayToDayLimitation.A_LITTLE,
                LegalPartnershipStatus.MARRIED, PregnancyOrMaternity.NO, UnpaidCarer.YES);
        assertEquals(List.of(), all.problems(LocalDate.of(1970, 1, 1), ANSWERED));
    }

    @Test
    void aQuestionnaireWithNothingAnsweredIsRefused() {
        EqualityAnswers none = new EqualityAnswers(null, null, null, " ", null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("No question was answered: record at least one answer (\"Prefer not to say\" is an answer)."),
                none.problems(LocalDate.of(1970, 1, 1), ANSWERED));
    }

    @Test
    void genderIdentityAndSexualOrientationAreAskedFromTheSixteenthBirthday() {
        EqualityAnswers answered = adultQuestions(GenderIdentity.PREFER_NOT_TO_SAY, SexualOrientation.BISEXUAL);
        assertEquals(List.of(), answered.problems(SIXTEEN_THAT_DAY, ANSWERED));
        assertEquals(List.of("genderIdentity: asked only of people aged 16 and over; the resident was under 16 on 2026-06-10.",
                        "sexualOrientation: asked only of people aged 16 and over; the resident was under 16 on 2026-06-10."),
                answered.problems(SIXTEEN_NEXT_DAY, ANSWERED));
        assertEquals(List.of(), adultQuestions(null, null).problems(SIXTEEN_NEXT_DAY, ANSWERED), "under 16, not asked: fine");
    }

    @Test
    void theSecondDisabilityQuestionFollowsOnlyAYes() {
        EqualityAnswers noConditionButLimited = new EqualityAnswers(null, null, null, null, null, null, null, null,
                LongTermCondition.NO, DayToDayLimitation.A_LOT, null, null, null);
        assertEquals(List.of("dayToDayLimitation: asked only of someone who has a long-term condition (longTermCondition YES)."),
                noConditionButLimited.problems(LocalDate.of(1970, 1, 1), ANSWERED));
        EqualityAnswers limitedAlone = new EqualityAnswers(null, Sex.MALE, null, null, null, null, null, null, null,
                DayToDayLimitation.NOT_AT_ALL, null, null, null);
        assertEquals(1, limitedAlone.problems(LocalDate.of(1970, 1, 1), ANSWERED).size());
    }

    @Test
    void writtenInWordsGoOnlyWithTheAnswerThatInvitesThem() {
        EqualityAnswers misplaced = new EqualityAnswers(null, null, GenderIdentity.SAME_AS_SEX_REGISTERED_AT_BIRTH, "x",
                SexualOrientation.GAY_OR_LESBIAN, "y", Religion.CHRISTIAN, "z", null, null, null, null, null);
        assertEquals(List.of(
                "genderIdentityWriteIn: written in only with the answer genderIdentity DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH.",
                "sexualOrientationWriteIn: written in only with the answer sexualOrientation OTHER.",
                "religionWriteIn: written in only with the answer religion OTHER."),
                misplaced.problems(LocalDate.of(1970, 1, 1), ANSWERED));
        EqualityAnswers tooLong = new EqualityAnswers(null, null, null, null, null, null, Religion.OTHER, "r".repeat(101),
                null, null, null, null, null);
        assertEquals(List.of("religionWriteIn: at most 100 characters."), tooLong.problems(LocalDate.of(1970, 1, 1), ANSWERED));
        assertEquals("Pagan", new EqualityAnswers(null, null, null, null, null, null, Religion.OTHER, "  Pagan ",
                null, null, null, null, null).religionWriteIn(), "kept trimmed");
    }
}
