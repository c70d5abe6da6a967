package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which counts are small, at each threshold: 1 to threshold-1, inner cells and totals alike, never 0. */
class PrimarySuppressionTest {

    /** Counts 0 to 12 in one column, with large counts beside them so that totals are never small. */
    private static final CountTable ZERO_TO_TWELVE = Tables.table(row(0, 100), row(1, 100), row(2, 100),
            row(3, 100), row(4, 100), row(5, 100), row(6, 100), row(7, 100), row(8, 100), row(9, 100), row(10, 100),
            row(11, 100), row(12, 100));

    @Test
    void atTheDefaultThresholdOneToFourAreSmall() {
        assertEquals(List.of(1, 2, 3, 4), smallCountsIn(new DisclosureControl().protect(ZERO_TO_TWELVE)));
    }

    @Test
    void atThresholdTenOneToNineAreSmall() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), smallCountsIn(new DisclosureControl(10).protect(ZERO_TO_TWELVE)));
    }

    @Test
    void atThresholdThreeOneAndTwoAreSmall() {
        assertEquals(List.of(1, 2), smallCountsIn(new DisclosureControl(3).protect(ZERO_TO_TWELVE)));
    }

    @Test
    void zeroIsPublished() {
        ProtectedTable result = new DisclosureControl().protect(Tables.table(row(0, 12), row(7, 0)));
        Published.assertPublishedAs(result,
                "0  | 12 | 12",
                "7  | 0  | 7",
                "7  | 12 | 19");
    }

    @Test
    void aTableOfZeroesIsPublishedWhole() {
        ProtectedTable result = new DisclosureControl().protect(Tables.table(row(0, 0), row(0, 0)));
        assertEquals(List.of(), result.cellsIn(CellState.SMALL));
        assertEquals(List.of(), result.cellsIn(CellState.HIDDEN));
    }

    @Test
    void smallTotalsAreSuppressedLikeSmallCells() {
        // Row 0 totals 3, column 1 totals 4: both small although no inner cell of theirs is alone.
        CountTable table = Tables.table(row(2, 1, 0), row(20, 0, 40), row(15, 3, 35));
        ProtectedTable result = new DisclosureControl().protect(table);
        assertEquals(CellState.SMALL, result.state(Cell.rowTotal(0)));
        assertEquals(CellState.SMALL, result.state(Cell.columnTotal(1)));
        assertEquals(List.of(Cell.of(0, 0), Cell.of(0, 1), Cell.rowTotal(0), Cell.of(2, 1), Cell.columnTotal(1)),
                result.cellsIn(CellState.SMALL));
    }

    @Test
    void aTableWithNoSmallCountsIsPublishedWhole() {
        ProtectedTable result = new DisclosureControl().protect(Tables.table(row(5, 12), row(7, 30)));
        assertEquals(result.cells(), result.cellsIn(CellState.PUBLISHED));
        assertTrue(result.isFullyProtected());
    }

    /** The small inner counts of the first column, in order. */
    private static List<Integer> smallCountsIn(ProtectedTable result) {
        List<Integer> counts = new ArrayList<>();
        for (Cell cell : result.cellsIn(CellState.SMALL)) {
            assertEquals(0, cell.column(), "only the first column has small counts, but " + cell + " is small");
            counts.add(ZERO_TO_TWELVE.count(cell.row(), 0));
        }
        return counts;
    }
}
