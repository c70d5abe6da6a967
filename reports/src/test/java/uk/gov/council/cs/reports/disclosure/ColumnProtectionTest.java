package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/** A column with one small cell: another cell of the column is hidden, and so on round a rectangle. */
class ColumnProtectionTest {

    private final CountTable table = Tables.table(row(30, 20), row(2, 25), row(12, 40));
    private final ProtectedTable result = new DisclosureControl().protect(table);

    @Test
    void anotherCellOfTheColumnIsHidden() {
        assertTrue(result.cellsIn(CellState.HIDDEN).stream().anyMatch(cell -> cell.column() == 0),
                "nothing else in column 0 is hidden:\n" + result);
    }

    @Test
    void theCheaperRectangleIsChosen() {
        // Through row 0 the rectangle hides 30 + 20 + 25 = 75; through row 2 it would hide 12 + 40 + 25 = 77.
        Published.assertPublishedAs(result,
                "[c]    | [c] | 50",
                "1 to 4 | [c] | 27",
                "12     | 40  | 52",
                "44     | 85  | 129");
    }

    @Test
    void noSuppressedCellCanBeWorkedOut() {
        Published.assertNothingDerivable(table, result);
    }
}
