package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The order of preference among cells to hide, which every choice of secondary suppression follows. */
class HidingCostTest {

    private static HidingCost hiding(int... counts) {
        HidingCost cost = HidingCost.NOTHING;
        for (int count : counts) {
            cost = cost.plus(HidingCost.ofHiding(Cell.of(0, 0), count));
        }
        return cost;
    }

    @Test
    void smallerCountsCostLess() {
        assertTrue(hiding(5, 6, 7).compareTo(hiding(6, 6, 7)) < 0);
    }

    @Test
    void theGrandTotalCostsMoreThanAnythingElse() {
        HidingCost grandTotal = HidingCost.ofHiding(Cell.grandTotal(), 5);
        assertTrue(hiding(900, 900, 900, 900).compareTo(grandTotal) < 0);
    }

    @Test
    void atEqualCountsFewerCellsCostLess() {
        assertTrue(hiding(10, 10).compareTo(hiding(5, 5, 10)) < 0);
    }
}
