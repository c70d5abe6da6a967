package uk.gov.council.cs.reports.disclosure;

import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/**
 * A table without row totals (its columns do not add up across a row): a reader has only the column
 * totals, so a small cell needs just one more hidden cell in its column.
 */
class NoRowTotalsTest {

    @Test
    void oneMoreCellOfTheColumnIsEnough() {
        CountTable table = Tables.tableWithoutRowTotals(row(3, 20), row(15, 25), row(12, 40));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | 20",
                "15     | 25",
                "[c]    | 40",
                "30     | 85 | 115");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void eachColumnIsProtectedOnItsOwn() {
        CountTable table = Tables.tableWithoutRowTotals(row(30, 20, 8), row(2, 25, 40), row(12, 40, 1));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "30     | 20 | [c]",
                "1 to 4 | 25 | 40",
                "[c]    | 40 | 1 to 4",
                "44     | 85 | 49 | 178");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void aRowOfSmallCellsNeedsACellHiddenInEachColumn() {
        CountTable table = Tables.tableWithoutRowTotals(row(1, 1, 1), row(6, 6, 6));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | 1 to 4 | 1 to 4",
                "[c]    | [c]    | [c]",
                "7      | 7      | 7      | 21");
        Published.assertNothingDerivable(table, result);
    }
}
