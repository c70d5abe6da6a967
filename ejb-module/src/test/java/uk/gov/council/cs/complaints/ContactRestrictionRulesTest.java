package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactRestrictionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aDecisionNeedsConductWordsRestrictionsAndAReviewWithinTheLimit() {
        assertEquals(List.of("Say which conduct the decision rests on.",
                        "Write the decision and the reasons for it; the complainant receives it in writing.",
                        "Say how the complainant's contact is restricted (for example: one named officer, in writing only).",
                        "Set the date the restriction will be reviewed."),
                ContactRestrictionRules.decisionProblems(Set.of(), " ", null, null, TODAY, 12));
        assertEquals(List.of("A restriction is reviewed within 6 months; 2027-07-01 is later than 2027-06-01."),
                ContactRestrictionRules.decisionProblems(Set.of(Conduct.ABUSIVE_LANGUAGE), "Abuse on 3 calls", "Written contact only",
                        LocalDate.of(2027, 7, 1), TODAY, 6));
        assertEquals(List.of("The review date must be after today."),
                ContactRestrictionRules.decisionProblems(Set.of(Conduct.RESUBMITTED), "Same complaint again", "One officer",
                        TODAY, TODAY, 12));
        assertEquals(List.of(), ContactRestrictionRules.decisionProblems(Set.of(Conduct.SCATTERGUN), "Wrote to 9 services",
                "All contact through the complaints team", TODAY.plusMonths(6), TODAY, 12));
    }

    @Test
    void aReviewLiftsOrSetsTheNextReview() {
        assertEquals(List.of("Record what the review found.", "A lifted restriction has no next review."),
                ContactRestrictionRules.reviewProblems(true, "", TODAY.plusMonths(3), TODAY, 12));
        assertEquals(List.of("Set the date the restriction will be reviewed."),
                ContactRestrictionRules.reviewProblems(false, "Still abusive on the phone", null, TODAY, 12));
        assertEquals(List.of(), ContactRestrictionRules.reviewProblems(true, "No contact for six months", null, TODAY, 12));
    }

    @Test
    void aRestrictionIsInForceFromItsDecisionUntilItIsLifted() {
        LocalDate decided = LocalDate.of(2026, 6, 1);
        assertTrue(ContactRestrictionRules.inForce(decided, null, TODAY));
        assertFalse(ContactRestrictionRules.inForce(decided, TODAY, TODAY), "lifted today");
        assertTrue(ContactRestrictionRules.inForce(decided, TODAY, TODAY.minusDays(1)));
        assertFalse(ContactRestrictionRules.inForce(decided, null, decided.minusDays(1)));
    }
}
