package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepRequirementsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aRefusalNeedsAnExclusionAndItsEvidence() {
        assertEquals(List.of("Choose the reason the complaint cannot be considered; only the procedure's exclusions are reasons.",
                "Record the evidence for the refusal (what shows the reason applies)."), StepRequirements.refusal(null, " "));
        assertEquals(List.of(), StepRequirements.refusal(RefusalReason.LEGAL_PROCEEDINGS, "Claim form issued"));
    }

    @Test
    void aResponseNeedsAFindingWordsAndProperRemedies() {
        assertEquals(List.of("Give the finding: upheld, partly upheld or not upheld.", "Write the response: what was found and why."),
                StepRequirements.response(null));
        List<String> problems = StepRequirements.response(new ComplaintViews.Response(Outcome.UPHELD, "Found late",
                List.of(new Remedy(RemedyType.FINANCIAL, "Time and trouble", null),
                        new Remedy(RemedyType.APOLOGY, "Sorry", BigDecimal.TEN)), null));
        assertEquals(List.of("A financial remedy needs its amount in pounds, more than nothing.", "Only a financial remedy has an amount."),
                problems);
    }

    @Test
    void escalatingAndReopeningSayWhy() {
        assertEquals(List.of("Say why the complainant is not satisfied: the stage 2 review starts from it."),
                StepRequirements.escalation("", 2));
        assertEquals(List.of("Say why the complaint is reopened."), StepRequirements.reopening(null));
        assertEquals(List.of(), StepRequirements.reopening("New evidence from the resident"));
    }

    @Test
    void aReferralNeedsAReferenceNotYetOnFileAndNoFutureDate() {
        assertEquals(List.of("An Ombudsman's reference looks like 19 007 429: two digits, then two groups of three.",
                        "The day the Ombudsman's case reached the council cannot be in the future."),
                StepRequirements.referral(Optional.empty(), false, Ombudsman.LGSCO, TODAY.plusDays(1), TODAY.minusMonths(2), TODAY));
        assertEquals(List.of("The Housing Ombudsman case 26 001 002 is already recorded."),
                StepRequirements.referral(Optional.of("26 001 002"), true, Ombudsman.HOUSING, null, TODAY.minusMonths(2), TODAY));
    }

    @Test
    void theResponseLetterOffersTheNextStageUnlessItWasTheLast() {
        assertEquals("If you are not satisfied with this response, you can ask us to escalate your complaint to stage 2 (Stage 2);"
                + " please tell us why.", StepRequirements.nextStepWording(1, 2, "Stage 2"));
        assertEquals("", StepRequirements.nextStepWording(2, 2, ""));
        assertEquals("No remedy is due.", StepRequirements.remediesWording(List.of()));
        assertEquals("An apology: For the delay\nA payment of £75.00: Time and trouble", StepRequirements.remediesWording(List.of(
                new Remedy(RemedyType.APOLOGY, "For the delay", null),
                new Remedy(RemedyType.FINANCIAL, "Time and trouble", new BigDecimal("75")))));
    }

    @Test
    void theLeadOfficerAcknowledgesAndTheAssignedOfficerAnswers() {
        assertEquals("casey", ComplaintClock.ownerOf("acknowledge", "casey", "indira"));
        assertEquals("indira", ComplaintClock.ownerOf("respond", "casey", "indira"));
        assertEquals("casey", ComplaintClock.ownerOf("respond", "casey", null));
        assertEquals(null, ComplaintClock.ownerOf("respond", null, null));
    }

    @Test
    void anOmbudsmansCaseComesAfterTheComplaintItIsAbout() {
        assertEquals(List.of("The Ombudsman's case cannot have reached the council on " + TODAY.minusMonths(3)
                        + ", before the complaint itself was received on " + TODAY.minusMonths(2) + "."),
                StepRequirements.referral(Optional.of("26 001 002"), false, Ombudsman.LGSCO, TODAY.minusMonths(3),
                        TODAY.minusMonths(2), TODAY));
        assertEquals(List.of(), StepRequirements.referral(Optional.of("26 001 002"), false, Ombudsman.LGSCO, TODAY.minusMonths(2),
                TODAY.minusMonths(2), TODAY), "the same day is possible");
    }
}
