package uk.gov.council.cs.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EqualityProfileTest {

    @Test
    void answersBecomeBandsWithTheEthnicGroupAboveItsCategory() {
        EqualityProfile p = EqualityProfile.of(new EqualityAnswers(EthnicGroup.WHITE_AND_BLACK_CARIBBEAN, Sex.FEMALE,
                GenderIdentity.DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH, "Non-binary", SexualOrientation.OTHER, "Queer",
                Religion.NO_RELIGION, null, LongTermCondition.YES, DayToDayLimitation.A_LOT,
                LegalPartnershipStatus.IN_CIVIL_PARTNERSHIP, PregnancyOrMaternity.NO, UnpaidCarer.NO));
        assertEquals(List.of("MIXED", "WHITE_AND_BLACK_CARIBBEAN", "FEMALE", "DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH", "OTHER",
                "NO_RELIGION", "DISABLED", "IN_CIVIL_PARTNERSHIP", "NO", "NO"), p.values());
    }

    @Test
    void writtenInWordsNeverReachTheProfile() {
        EqualityProfile p = EqualityProfile.of(new EqualityAnswers(null, null, null, null, SexualOrientation.OTHER,
                "Pansexual", Religion.OTHER, "Pagan", null, null, null, null, null));
        assertEquals(false, p.values().stream().anyMatch(v -> v.contains("Pan") || v.contains("Pagan")), p.values().toString());
    }

    @Test
    void notAskedAndPreferNotToSayStayDistinct() {
        EqualityProfile notAsked = EqualityProfile.of(new EqualityAnswers(null, Sex.MALE, null, null, null, null, null, null,
                null, null, null, null, null));
        EqualityProfile declined = EqualityProfile.of(new EqualityAnswers(EthnicGroup.PREFER_NOT_TO_SAY, Sex.MALE, null, null,
                null, null, Religion.PREFER_NOT_TO_SAY, null, LongTermCondition.PREFER_NOT_TO_SAY, null, null, null, null));
        assertEquals("NOT_ASKED", notAsked.ethnicGroup());
        assertEquals("NOT_ASKED", notAsked.ethnicCategory());
        assertEquals("NOT_ASKED", notAsked.disability());
        assertEquals("PREFER_NOT_TO_SAY", declined.ethnicGroup());
        assertEquals("PREFER_NOT_TO_SAY", declined.ethnicCategory());
        assertEquals("PREFER_NOT_TO_SAY", declined.religion());
        assertEquals("PREFER_NOT_TO_SAY", declined.disability());
        assertNotEquals(notAsked, declined);
    }

    @Test
    void someoneWhoNeverAnsweredIsNotAskedThroughout() {
        assertEquals(List.of(), EqualityProfile.UNANSWERED.values().stream().filter(v -> !v.equals("NOT_ASKED")).toList());
    }

    @Test
    void theCensusHasNineteenEthnicCategoriesInFiveGroups() {
        List<EthnicGroup> categories = Arrays.stream(EthnicGroup.values()).filter(g -> !g.preferNotToSay()).toList();
        assertEquals(19, categories.size());
        assertEquals(5, categories.stream().map(EthnicGroup::broad).distinct().count());
        assertEquals("White: Irish", EthnicGroup.WHITE_IRISH.censusLabel());
        assertEquals("Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups", EthnicGroup.OTHER_MIXED.censusLabel());
    }
}
