package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Tables no suppression can protect, because the words "1 to 4" themselves give the counts away: four
 * small cells whose total is small must all be 1. The result says so, so that the table is not
 * published as it is, and hides nothing in vain.
 */
class UnprotectableTableTest {

    @Test
    void fourOnesWithASmallTotalAreReported() {
        CountTable table = Tables.table(row(1, 1, 1, 1), row(20, 30, 40, 50));
        ProtectedTable result = new DisclosureControl().protect(table);
        assertFalse(result.isFullyProtected());
        assertEquals(new TreeSet<>(List.of(Cell.of(0, 0), Cell.of(0, 1), Cell.of(0, 2), Cell.of(0, 3),
                Cell.rowTotal(0))), result.derivableCells());
        assertEquals(List.of(), result.cellsIn(CellState.HIDDEN), "hiding protects nothing here:\n" + result);
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void aTwoByTwoTableOfOnesIsReportedWhole() {
        CountTable table = Tables.table(row(1, 1), row(1, 1));
        ProtectedTable result = new DisclosureControl().protect(table);
        assertFalse(result.isFullyProtected());
        assertEquals(new TreeSet<>(result.cells()), result.derivableCells());
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void theReportAppearsInThePrintedTable() {
        ProtectedTable result = new DisclosureControl().protect(Tables.table(row(1, 1), row(1, 1)));
        assertTrue(result.toString().contains("NOT PROTECTABLE"), result.toString());
    }

    @Test
    void theRestOfTheTableIsStillProtected() {
        // Row 0 cannot be protected; the small cell in row 2 still gets its secondary suppression.
        CountTable table = Tables.table(row(1, 1, 1, 1), row(20, 30, 40, 50), row(35, 2, 45, 55),
                row(25, 35, 45, 60));
        ProtectedTable result = new DisclosureControl().protect(table);
        assertFalse(result.isFullyProtected());
        assertFalse(result.derivableCells().contains(Cell.of(2, 1)));
        assertFalse(result.cellsIn(CellState.HIDDEN).isEmpty(), result.toString());
        Published.assertNothingDerivable(table, result);
    }
}
