package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.backoffice.BackOfficeEvent;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.residents.ReferenceSystem;

/** The housing system's events as the council reads them: each field checked, each event's line for the timeline. */
class HousingEventTest {

    private static HousingEvent parse(String json) {
        return JsonMessages.read(json, HousingEvent.class, "a housing event");
    }

    @Test
    void aRepairReportedOnATenancyBecomesAnEventForItsTenants() {
        HousingEvent m = parse("""
                {"eventId":"HMS-1","type":"repair-reported","occurredAt":"2026-12-04T09:30:00Z","uprn":100021234567,
                 "tenancyReference":"ten-001234","repairReference":"R-55501","priority":"Emergency","sorCode":"603001",
                 "description":"Leak under the kitchen sink","contractor":"ignored"}""");
        assertEquals(List.of(), m.problems());
        BackOfficeEvent e = m.toEvent();
        assertEquals(new BackOfficeEvent(Feed.HOUSING_EVENTS, "HMS-1", "repair-reported", Instant.parse("2026-12-04T09:30:00Z"),
                ReferenceSystem.HOUSING_TENANCY, "ten-001234", null, "Housing repairs",
                "Repair R-55501 reported (emergency; SOR 603001): Leak under the kitchen sink"), e);
        assertEquals(List.of(), e.problems());
    }

    @Test
    void anAppointmentIsReadInLondonTime() {
        HousingEvent m = parse("""
                {"eventId":"HMS-2","type":"repair-appointment-made","occurredAt":"2026-06-01T08:00:00+01:00","uprn":"100021234567",
                 "repairReference":"R-55501","appointmentAt":"2026-06-05T07:00:00Z"}""");
        assertEquals("Repair R-55501: appointment on Fri 5 Jun 2026 at 08:00", m.toEvent().summary());
        assertEquals(Instant.parse("2026-06-01T07:00:00Z"), m.toEvent().occurredAt());
        assertNull(m.toEvent().reference(), "a repair known only by its property");
    }

    @Test
    void completedAndCancelledRepairsSayWhatBecameOfThem() {
        assertEquals("Repair R-1 completed", parse("""
                {"eventId":"a","type":"repair-completed","occurredAt":"2026-12-04T09:30:00Z","uprn":"1","repairReference":"R-1"}""")
                .toEvent().summary());
        assertEquals("Repair R-1 cancelled: Tenant no longer needs it", parse("""
                {"eventId":"b","type":"repair-cancelled","occurredAt":"2026-12-04T09:30:00Z","tenancyReference":"T1","repairReference":"R-1",
                 "description":"Tenant no longer needs it"}""").toEvent().summary());
    }

    @Test
    void anArrearsStageChangeIsOnTheTenancyWithNoService() {
        BackOfficeEvent e = parse("""
                {"eventId":"ARR-9","type":"arrears-stage-changed","occurredAt":"2026-12-04T09:30:00Z","tenancyReference":"TEN-1",
                 "arrearsStage":"Notice of seeking possession"}""").toEvent();
        assertEquals("Rent arrears on tenancy TEN-1 now at stage: Notice of seeking possession", e.summary());
        assertNull(e.serviceName());
        assertEquals("TEN-1", e.reference());
    }

    @Test
    void aRepairThatNamesOnlyItsPropertyReachesThePeopleLivingThere() {
        BackOfficeEvent e = parse("""
                {"eventId":"a","type":"repair-completed","occurredAt":"2026-12-04T09:30:00Z","uprn":"100021234567","repairReference":"R-1"}""")
                .toEvent();
        assertEquals(100021234567L, e.uprn());
        assertNull(e.reference());
    }

    @Test
    void rentArrearsNeverReachOthersLivingAtTheProperty() {
        BackOfficeEvent e = parse("""
                {"eventId":"ARR-9","type":"arrears-stage-changed","occurredAt":"2026-12-04T09:30:00Z","tenancyReference":"TEN-1",
                 "uprn":"100021234567","arrearsStage":"Notice of seeking possession"}""").toEvent();
        assertNull(e.uprn(), "the tenancy's tenants only, not lodgers or adult children at the address");
        assertEquals("TEN-1", e.reference());
    }

    @Test
    void everyMissingFieldIsNamed() {
        HousingEvent m = parse("{}");
        assertEquals(List.of("eventId is missing.",
                "type is missing: it is one of repair-reported, repair-appointment-made, repair-completed, repair-cancelled,"
                        + " arrears-stage-changed.",
                "occurredAt is missing."), m.problems());
    }

    @Test
    void whatEachTypeOfEventNeedsIsNamed() {
        assertEquals(List.of("repairReference is missing.", "priority is missing: it is one of emergency, urgent, routine.",
                "A repair names its property: send uprn, tenancyReference or both."), parse("""
                {"eventId":"a","type":"repair-reported","occurredAt":"2026-12-04T09:30:00Z"}""").problems());
        assertEquals(List.of("appointmentAt is missing."), parse("""
                {"eventId":"a","type":"repair-appointment-made","occurredAt":"2026-12-04T09:30:00Z","uprn":"1","repairReference":"R"}""")
                .problems());
        assertEquals(List.of("tenancyReference is missing.", "arrearsStage is missing."), parse("""
                {"eventId":"a","type":"arrears-stage-changed","occurredAt":"2026-12-04T09:30:00Z","uprn":"1"}""").problems());
    }

    @Test
    void eachWrongFieldIsReportedWithTheValueSent() {
        HousingEvent m = parse("""
                {"eventId":"<script>","type":"repair-mended","occurredAt":"2026-12-04 09:30","uprn":"12A","tenancyReference":"T 1",
                 "repairReference":"R-1","priority":"soon","appointmentAt":"tomorrow","description":"line one\\nline two"}""");
        assertEquals(List.of(
                "eventId \"<script>\" is not a reference of 1 to 120 letters, digits and the signs . _ : - (starting with a letter or digit).",
                "type \"repair-mended\" is not one of repair-reported, repair-appointment-made, repair-completed, repair-cancelled,"
                        + " arrears-stage-changed.",
                "occurredAt \"2026-12-04 09:30\" is not a date and time with its offset, such as 2026-12-04T09:30:00Z.",
                "uprn \"12A\": A UPRN contains only digits.",
                "tenancyReference \"T 1\" is not a reference of 1 to 50 letters, digits and the signs . _ : - (starting with a letter or digit).",
                "priority \"soon\" is not one of emergency, urgent, routine.",
                "appointmentAt \"tomorrow\" is not a date and time with its offset, such as 2026-12-04T09:30:00Z.",
                "description has a line break or control character; it is one line of text."), m.problems());
    }

    @Test
    void aDescriptionLongerThanTheTimelineKeepsIsRefused() {
        HousingEvent m = parse("{\"eventId\":\"a\",\"type\":\"repair-completed\",\"occurredAt\":\"2026-12-04T09:30:00Z\",\"uprn\":\"1\","
                + "\"repairReference\":\"R\",\"description\":\"" + "x".repeat(201) + "\"}");
        assertEquals(List.of("description is 201 characters long; at most 200 are kept."), m.problems());
    }

    @Test
    void aMessageThatIsNotJsonIsRefusedWithTheReason() {
        InvalidIntakeMessage refused = assertThrows(InvalidIntakeMessage.class, () -> parse("repair-reported,R-1"));
        assertEquals(1, refused.problems().size());
        assertEquals(true, refused.problems().get(0).startsWith("the message is not valid JSON for a housing event ("), refused.problems().get(0));
        assertEquals(List.of("the message is empty; it should be JSON for a housing event."),
                assertThrows(InvalidIntakeMessage.class, () -> parse(" ")).problems());
    }

    @Test
    void anEventWithProblemsCannotBeTurnedIntoOne() {
        assertThrows(InvalidIntakeMessage.class, () -> parse("{}").toEvent());
    }

    @Test
    void theLongestRepairAllowedFitsTheTimelinesLineWhole() {
        String line = parse("{\"eventId\":\"a\",\"type\":\"repair-reported\",\"occurredAt\":\"2026-12-04T09:30:00Z\",\"uprn\":\"1\","
                + "\"repairReference\":\"" + "R".repeat(30) + "\",\"priority\":\"emergency\",\"sorCode\":\"" + "9".repeat(20)
                + "\",\"description\":\"" + "d".repeat(200) + "\"}").toEvent().summary();
        assertEquals(true, line.length() <= 300, () -> line.length() + ": " + line);
    }
}
