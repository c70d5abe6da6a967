package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/**
 * What is hidden when there is a choice: the smallest counts that protect, never zeros, and not
 * the grand total; and the same choice on every run.
 */
class CheapestProtectionTest {

    @Test
    void theSmallestCountsThatProtectAreHidden() {
        CountTable table = Tables.table(row(2, 50, 11), row(50, 50, 50), row(12, 50, 13));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | 50  | [c] | 63",
                "50     | 50  | 50  | 150",
                "[c]    | 50  | [c] | 75",
                "64     | 150 | 74  | 288");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void zeroesAreNeverHidden() {
        CountTable table = Tables.table(row(2, 0, 40), row(0, 30, 40), row(40, 40, 40));
        ProtectedTable result = new DisclosureControl().protect(table);
        for (Cell cell : result.cellsIn(CellState.HIDDEN)) {
            assertTrue(table.value(cell) > 0, cell + " is a hidden zero:\n" + result);
        }
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void theGrandTotalStaysPublishedInAOneRowTable() {
        CountTable table = Tables.table(row(7, 2, 30));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "[c] | 1 to 4 | 30 | 39",
                "[c] | 1 to 4 | 30 | 39");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void theSameTableIsProtectedTheSameWayEveryTime() {
        CountTable table = Tables.table(row(3, 20, 30, 4), row(15, 25, 35, 17), row(12, 40, 18, 2));
        ProtectedTable first = new DisclosureControl().protect(table);
        for (int run = 0; run < 5; run++) {
            ProtectedTable again = new DisclosureControl().protect(Tables.table(row(3, 20, 30, 4),
                    row(15, 25, 35, 17), row(12, 40, 18, 2)));
            assertEquals(Published.printedRows(first), Published.printedRows(again));
        }
    }
}
