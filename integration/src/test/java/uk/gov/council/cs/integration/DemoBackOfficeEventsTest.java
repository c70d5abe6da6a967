package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.backoffice.BackOfficeEvent;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.demo.DemoBackOfficeEvents;
import uk.gov.council.cs.demo.DemoBorough;

/** The demo borough's housing and benefits events are all ones the routes apply: none would end in quarantine for its form. */
class DemoBackOfficeEventsTest {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-12-04T10:00:00Z", "2026-12-04T08:30:00Z", "2026-06-30T23:59:00Z"})
    void everyDemoEventIsValidAndHasItsOwnKey(String moment) {
        Instant now = Instant.parse(moment);
        List<DemoBorough.DemoResident> borough = new DemoBorough(20261125L, now).residents(300);
        List<DemoBackOfficeEvents.Message> messages = new DemoBackOfficeEvents(20261125L, now).messagesFor(borough);
        assertTrue(messages.size() > 100, "a year of events for a borough of 300: " + messages.size());
        Set<String> keys = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (DemoBackOfficeEvents.Message m : messages) {
            Feed feed = m.feed();
            BackOfficeEvent e = BackOfficeFeeds.parse(feed, m.json());
            assertEquals(List.of(), e.problems(), m.json());
            assertTrue(!e.occurredAt().isAfter(now), () -> "nothing from the future: " + m.json());
            if (e.type().equals("repair-appointment-made")) {
                assertTrue(m.json().contains("\"appointmentAt\":\""), m.json());
            }
            assertTrue(keys.add(feed + e.eventId()), () -> "each event its own key: " + m.json());
            types.add(e.type());
        }
        assertEquals(Set.of("repair-reported", "repair-appointment-made", "repair-completed", "repair-cancelled", "arrears-stage-changed",
                "claim-received", "evidence-requested", "claim-decided"), types);
    }
}
