package uk.gov.council.cs.reports.disclosure;

import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/**
 * One small cell in a 2 x 2 table: with all the totals published, every inner cell must be hidden
 * (any three published cells and the totals give the fourth), and that is enough.
 */
class TwoByTwoTableTest {

    @Test
    void allFourInnerCellsAreSuppressedAndTheTotalsPublished() {
        CountTable table = Tables.table(row(1, 10), row(10, 10));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | [c] | 11",
                "[c]    | [c] | 20",
                "11     | 20  | 31");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void theSameWhereverTheSmallCellIs() {
        CountTable table = Tables.table(row(14, 2), row(9, 30));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "[c] | 1 to 4 | 16",
                "[c] | [c]    | 39",
                "23  | 32     | 55");
        Published.assertNothingDerivable(table, result);
    }
}
