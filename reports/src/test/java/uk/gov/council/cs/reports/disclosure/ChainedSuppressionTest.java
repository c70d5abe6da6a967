package uk.gov.council.cs.reports.disclosure;

import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/**
 * Several small cells whose protection links up: a cell hidden for one small count is reused for
 * another, so fewer cells are hidden than if each were protected on its own.
 */
class ChainedSuppressionTest {

    @Test
    void smallCellsOnTheDiagonalShareTheirSecondaryCells() {
        CountTable table = Tables.table(row(2, 30, 40), row(30, 3, 40), row(40, 40, 4));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | [c]    | [c]    | 72",
                "[c]    | 1 to 4 | 40     | 73",
                "[c]    | 40     | 1 to 4 | 84",
                "72     | 73     | 84     | 229");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void twoSmallCellsProtectEachOtherWithTwoHiddenCells() {
        CountTable table = Tables.table(row(3, 8, 20), row(9, 2, 20), row(20, 20, 20));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | [c]    | 20 | 31",
                "[c]    | 1 to 4 | 20 | 31",
                "20     | 20     | 20 | 60",
                "32     | 30     | 60 | 122");
        Published.assertNothingDerivable(table, result);
    }
}
