package uk.gov.council.cs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    @Test
    void equalCountsAgree() {
        assertEquals(List.of(), Reconciliation.compare("contact", Map.of("2026-11", 40L, "2026-12", 3L),
                Map.of("2026-11", 40L, "2026-12", 3L)));
    }

    @Test
    void eachMonthThatDiffersIsReportedWithBothCounts() {
        List<Reconciliation.Difference> d = Reconciliation.compare("contact", Map.of("2026-11", 40L, "2026-12", 3L),
                Map.of("2026-11", 39L, "2026-12", 3L, "2027-01", 1L));
        assertEquals(List.of(new Reconciliation.Difference("contact", "2026-11", 40, 39),
                new Reconciliation.Difference("contact", "2027-01", 0, 1)), d);
        assertEquals("contact 2026-11: 40 in the operational records, 39 in the warehouse", d.get(0).describe());
    }
}
