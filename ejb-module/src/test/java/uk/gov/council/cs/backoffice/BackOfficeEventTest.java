package uk.gov.council.cs.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.residents.ReferenceSystem;

class BackOfficeEventTest {

    private static final Instant AT = Instant.parse("2026-12-04T09:30:00Z");

    @Test
    void anEventWithAReferenceOrAPropertyCanBeApplied() {
        assertEquals(List.of(), new BackOfficeEvent(Feed.HOUSING_EVENTS, "E1", "repair-completed", AT, ReferenceSystem.HOUSING_TENANCY,
                null, 100021234567L, null, "Repair R-1 completed").problems());
        assertEquals(List.of(), new BackOfficeEvent(Feed.BENEFITS_EVENTS, "E1", "claim-received", AT, ReferenceSystem.BENEFITS_CLAIM,
                "HB-1", null, null, "Housing Benefit claim HB-1 received").problems());
    }

    @Test
    void anEventThatNamesNobodyCannotBeMatched() {
        assertEquals(List.of("The event names neither a reference nor a property (UPRN), so it cannot be matched to anyone."),
                new BackOfficeEvent(Feed.HOUSING_EVENTS, "E1", "repair-completed", AT, ReferenceSystem.HOUSING_TENANCY, " ", null, null,
                        "Repair R-1 completed").problems());
    }

    @Test
    void everyMissingPartIsNamed() {
        assertEquals(List.of("The event has no feed.", "eventId is missing or longer than 120 characters.", "type is missing.",
                "occurredAt is missing.", "The event's reference has no system.", "The event has no summary for the timeline."),
                new BackOfficeEvent(null, "x".repeat(121), "", null, null, "T1", null, null, null).problems());
    }

    @Test
    void aFeedIsFoundByItsQueueAndByWhereItsRejectedRecordsCameFrom() {
        assertEquals(Optional.of(Feed.HOUSING_EVENTS), Feed.ofChannel("HousingEvents"));
        assertEquals(Optional.of(Feed.BENEFITS_EVENTS), Feed.fromSource("queue:BenefitsEvents"));
        assertEquals(Optional.empty(), Feed.fromSource("queue:ResidentIntake"));
        assertEquals(Optional.empty(), Feed.ofChannel("housingevents"));
    }
}
