package uk.gov.council.cs.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every pair of the two GSS answers, and the disability under the Act each means. */
class DisabilityTest {

    @Test
    void aConditionThatLimitsDayToDayActivitiesALotOrALittleIsADisability() {
        assertEquals(Disability.DISABLED, Disability.of(LongTermCondition.YES, DayToDayLimitation.A_LOT));
        assertEquals(Disability.DISABLED, Disability.of(LongTermCondition.YES, DayToDayLimitation.A_LITTLE));
    }

    @Test
    void aConditionThatDoesNotLimitThemIsNot() {
        assertEquals(Disability.NOT_DISABLED, Disability.of(LongTermCondition.YES, DayToDayLimitation.NOT_AT_ALL));
    }

    @Test
    void noConditionIsNotADisabilityWhateverTheSecondAnswer() {
        assertEquals(Disability.NOT_DISABLED, Disability.of(LongTermCondition.NO, null));
        for (DayToDayLimitation l : DayToDayLimitation.values()) {
            assertEquals(Disability.NOT_DISABLED, Disability.of(LongTermCondition.NO, l), l.name());
        }
    }

    @Test
    void preferringNotToSayEitherAnswerIsPreferNotToSay() {
        assertEquals(Disability.PREFER_NOT_TO_SAY, Disability.of(LongTermCondition.PREFER_NOT_TO_SAY, null));
        assertEquals(Disability.PREFER_NOT_TO_SAY, Disability.of(LongTermCondition.YES, DayToDayLimitation.PREFER_NOT_TO_SAY));
    }

    @Test
    void unansweredIsNotAskedNotPreferNotToSay() {
        assertEquals(Disability.NOT_ASKED, Disability.of(null, null));
        assertEquals(Disability.NOT_ASKED, Disability.of(null, DayToDayLimitation.A_LOT));
        assertEquals(Disability.NOT_ASKED, Disability.of(LongTermCondition.YES, null), "a condition, its effect not known");
    }
}
