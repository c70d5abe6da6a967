package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.backoffice.BackOfficeEvent;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.residents.ReferenceSystem;

/** The benefits system's claim events as the council reads them. */
class BenefitsEventTest {

    private static BenefitsEvent parse(String json) {
        return JsonMessages.read(json, BenefitsEvent.class, "a benefits event");
    }

    @Test
    void anEvidenceRequestBecomesAnEventOnTheClaim() {
        BackOfficeEvent e = parse("""
                {"eventId":"RB-778812-0007","type":"evidence-requested","occurredAt":"2026-12-04T11:05:00Z","claimReference":"HB-778812",
                 "scheme":"housing-benefit","evidenceDue":"2026-12-18","evidence":"Three months of bank statements"}""").toEvent();
        assertEquals(new BackOfficeEvent(Feed.BENEFITS_EVENTS, "RB-778812-0007", "evidence-requested", Instant.parse("2026-12-04T11:05:00Z"),
                ReferenceSystem.BENEFITS_CLAIM, "HB-778812", null, "Housing Benefit and Council Tax Reduction",
                "Housing Benefit claim HB-778812: evidence requested by 18 Dec 2026 (Three months of bank statements)"), e);
    }

    @Test
    void eachTypeOfEventSaysWhatHappenedToTheClaim() {
        String head = "{\"eventId\":\"e\",\"occurredAt\":\"2026-12-04T11:05:00Z\",\"claimReference\":\"CTR-1\",\"scheme\":\"council-tax-reduction\",";
        assertEquals("Council Tax Reduction claim CTR-1 received", parse(head + "\"type\":\"claim-received\"}").toEvent().summary());
        assertEquals("Council Tax Reduction claim CTR-1 decided: awarded from 1 Dec 2026",
                parse(head + "\"type\":\"claim-decided\",\"decision\":\"awarded\",\"effectiveFrom\":\"2026-12-01\"}").toEvent().summary());
        assertEquals("Council Tax Reduction claim CTR-1 decided: refused: Capital above the limit",
                parse(head + "\"type\":\"claim-decided\",\"decision\":\"REFUSED\",\"reason\":\"Capital above the limit\"}").toEvent().summary());
        assertEquals("Council Tax Reduction claim CTR-1 suspended from 8 Dec 2026: Evidence not received",
                parse(head + "\"type\":\"claim-suspended\",\"effectiveFrom\":\"2026-12-08\",\"reason\":\"Evidence not received\"}")
                        .toEvent().summary());
        assertEquals("Council Tax Reduction claim CTR-1 cancelled", parse(head + "\"type\":\"claim-cancelled\"}").toEvent().summary());
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertEquals(List.of("eventId is missing.",
                "type is missing: it is one of claim-received, evidence-requested, claim-decided, claim-suspended, claim-cancelled.",
                "occurredAt is missing.", "claimReference is missing.",
                "scheme is missing: it is one of housing-benefit, council-tax-reduction."), parse("{}").problems());
    }

    @Test
    void whatEachTypeOfEventNeedsIsNamed() {
        String head = "{\"eventId\":\"e\",\"occurredAt\":\"2026-12-04T11:05:00Z\",\"claimReference\":\"HB-1\",\"scheme\":\"housing-benefit\",";
        assertEquals(List.of("evidenceDue is missing."), parse(head + "\"type\":\"evidence-requested\"}").problems());
        assertEquals(List.of("decision is missing: it is one of awarded, refused."), parse(head + "\"type\":\"claim-decided\"}").problems());
    }

    @Test
    void eachWrongFieldIsReportedWithTheValueSent() {
        assertEquals(List.of("scheme \"universal-credit\" is not one of housing-benefit, council-tax-reduction.",
                "evidenceDue \"18/12/2026\" is not a date in the form 2026-12-18.",
                "decision \"maybe\" is not one of awarded, refused.",
                "effectiveFrom \"soon\" is not a date in the form 2026-12-18."), parse("""
                {"eventId":"e","type":"claim-decided","occurredAt":"2026-12-04T11:05:00Z","claimReference":"HB-1","scheme":"universal-credit",
                 "evidenceDue":"18/12/2026","decision":"maybe","effectiveFrom":"soon"}""").problems());
    }

    @Test
    void theLongestEventAllowedFitsTheTimelinesLineWhole() {
        String claim = "C".repeat(50);
        String words = "w".repeat(150);
        String head = "{\"eventId\":\"e\",\"occurredAt\":\"2026-12-04T11:05:00Z\",\"claimReference\":\"" + claim
                + "\",\"scheme\":\"council-tax-reduction\",";
        for (String rest : new String[] {"\"type\":\"evidence-requested\",\"evidenceDue\":\"2026-09-30\",\"evidence\":\"" + words + "\"}",
                "\"type\":\"claim-decided\",\"decision\":\"awarded\",\"effectiveFrom\":\"2026-09-30\",\"reason\":\"" + words + "\"}"}) {
            String line = parse(head + rest).toEvent().summary();
            assertEquals(true, line.length() <= 300, () -> line.length() + ": " + line);
        }
    }
}
