package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/** A row with one small cell: its total and other cells would give it away, so another cell of the row is hidden. */
class RowProtectionTest {

    private final CountTable table = Tables.table(row(3, 20, 30), row(15, 25, 35), row(12, 40, 18));
    private final ProtectedTable result = new DisclosureControl().protect(table);

    @Test
    void anotherCellOfTheRowIsHidden() {
        assertTrue(result.cellsIn(CellState.HIDDEN).stream().anyMatch(cell -> cell.row() == 0),
                "nothing else in row 0 is hidden:\n" + result);
    }

    @Test
    void theHiddenCellsFormARectangleWithTheSmallOne() {
        // Each hidden cell is needed: (0,2) for the row, (2,0) for the column, (2,2) for both of theirs.
        Published.assertPublishedAs(result,
                "1 to 4 | 20 | [c] | 53",
                "15     | 25 | 35  | 75",
                "[c]    | 40 | [c] | 70",
                "30     | 85 | 83  | 198");
    }

    @Test
    void noSuppressedCellCanBeWorkedOut() {
        Published.assertNothingDerivable(table, result);
    }
}
