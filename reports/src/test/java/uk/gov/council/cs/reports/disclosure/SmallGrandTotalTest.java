package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/** When the grand total is small, every count in the table is 0 or small: all but the zeros are suppressed. */
class SmallGrandTotalTest {

    @Test
    void everyNonZeroCellIsSuppressed() {
        CountTable table = Tables.table(row(1, 0, 1), row(0, 1, 0));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | 0      | 1 to 4 | 1 to 4",
                "0      | 1 to 4 | 0      | 1 to 4",
                "1 to 4 | 1 to 4 | 1 to 4 | 1 to 4");
        for (Cell cell : result.cells()) {
            assertEquals(table.value(cell) == 0, !result.isSuppressed(cell), cell + "\n" + result);
        }
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void aSingleSmallCountIsSafeWhenEverythingIsSuppressed() {
        CountTable table = Tables.table(row(3));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | 1 to 4",
                "1 to 4 | 1 to 4");
        Published.assertNothingDerivable(table, result);
    }
}
