package uk.gov.council.cs.reports.disclosure;

import static uk.gov.council.cs.reports.disclosure.Tables.row;

import org.junit.jupiter.api.Test;

/**
 * A row whose total is small ("Prefer not to say", say): the total is suppressed too, and with the
 * other row totals and the grand total published it would give itself away, so another row's total
 * is hidden with it.
 */
class SmallRowTotalTest {

    @Test
    void aSmallRowTotalIsProtectedThroughAnotherRow() {
        CountTable table = Tables.table(row(2, 1, 0), row(20, 30, 40), row(15, 25, 35));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | 1 to 4 | 0  | 1 to 4",
                "20     | 30     | 40 | 90",
                "[c]    | [c]    | 35 | [c]",
                "37     | 56     | 75 | 168");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void aRowWhoseOnlyCountIsSmall() {
        CountTable table = Tables.table(row(3, 0, 0), row(20, 30, 40), row(15, 25, 35));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "1 to 4 | 0  | 0  | 1 to 4",
                "20     | 30 | 40 | 90",
                "[c]    | 25 | 35 | [c]",
                "38     | 55 | 75 | 168");
        Published.assertNothingDerivable(table, result);
    }

    @Test
    void aSingleColumnTableHidesARowAndItsTotal() {
        CountTable table = Tables.table(row(7), row(2), row(30));
        ProtectedTable result = new DisclosureControl().protect(table);
        Published.assertPublishedAs(result,
                "[c]    | [c]",
                "1 to 4 | 1 to 4",
                "30     | 30",
                "39     | 39");
        Published.assertNothingDerivable(table, result);
    }
}
