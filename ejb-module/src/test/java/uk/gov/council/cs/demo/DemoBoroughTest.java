package uk.gov.council.cs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoBoroughTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void theSameSeedGivesTheSameBorough() {
        assertEquals(new DemoBorough(7, NOW).residents(50), new DemoBorough(7, NOW).residents(50));
    }

    @Test
    void everyGeneratedResidentIsValidWithContactsInThePastYear() {
        List<DemoBorough.DemoResident> borough = new DemoBorough(1, NOW).residents(1000);
        assertEquals(1000, borough.size());
        for (DemoBorough.DemoResident r : borough) {
            assertTrue(r.registration().isValid(), () -> r.registration() + " " + r.registration().problems());
            for (DemoBorough.DemoContact c : r.contacts()) {
                assertTrue(c.startedAt().isBefore(NOW) && c.startedAt().isAfter(NOW.minusSeconds(366L * 24 * 3600)),
                        () -> "contact outside the past year: " + c);
            }
        }
        assertTrue(borough.stream().mapToInt(r -> r.contacts().size()).sum() > 1000, "too few contacts for a demo");
    }
}
