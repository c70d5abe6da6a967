package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/**
 * A reader knows more about "[c]" than "0 or more": it is never 0 and never small, or it would say
 * "0" or "1 to 4". Hiding the 5 beside a small 1 in a column of 16 would give both away (the "[c]"
 * must be 5 or more, the "1 to 4" 1 or more, and they make 6), so a larger count is hidden instead.
 */
class HiddenCellKnowledgeTest {

    private final CountTable table = Tables.tableWithoutRowTotals(row(10, 20), row(5, 30), row(1, 40));
    private final ProtectedTable result = new DisclosureControl().protect(table);

    @Test
    void theFiveIsNotTheCellHidden() {
        Published.assertPublishedAs(result,
                "[c]    | 20",
                "5      | 30",
                "1 to 4 | 40",
                "16     | 90 | 106");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void zeroesAreNeverHiddenSoEveryHiddenCellIsAtLeastTheThreshold() {
        CountTable withZeroes = Tables.tableWithoutRowTotals(row(10, 0, 0), row(5, 10, 8), row(1, 0, 3));
        ProtectedTable protectedZeroes = new DisclosureControl().protect(withZeroes);
        for (Cell cell : protectedZeroes.cellsIn(CellState.HIDDEN)) {
            assertTrue(withZeroes.value(cell) >= 5, cell + " is hidden but below the threshold:\n" + protectedZeroes);
        }
        assertEquals(CellState.HIDDEN, protectedZeroes.state(Cell.of(0, 0)), protectedZeroes.toString());
        Published.assertNothingDerivable(withZeroes, protectedZeroes);
    }
}
