package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** The words printed for each cell: the count, "1 to 4" in words, or "[c]". */
class DisplayTextTest {

    private final CountTable table = Tables.table(row(3, 20, 30), row(15, 25, 35), row(12, 40, 18));
    private final ProtectedTable result = new DisclosureControl().protect(table);

    @Test
    void aPublishedCountIsPrintedAsItIs() {
        assertEquals("20", result.text(Cell.of(0, 1)));
        assertEquals("198", result.text(Cell.grandTotal()));
        assertEquals(OptionalInt.of(20), result.publishedValue(Cell.of(0, 1)));
    }

    @Test
    void aSmallCountIsPrintedAsARangeInWords() {
        assertEquals(CellState.SMALL, result.state(Cell.of(0, 0)));
        assertEquals("1 to 4", result.text(Cell.of(0, 0)));
        assertEquals(OptionalInt.empty(), result.publishedValue(Cell.of(0, 0)));
    }

    @Test
    void theRangeFollowsTheThreshold() {
        assertEquals("1 to 9", new DisclosureControl(10).protect(table).text(Cell.of(0, 0)));
        assertEquals("1 to 2", new DisclosureControl(3).protect(Tables.table(row(2, 30), row(15, 25)))
                .text(Cell.of(0, 0)));
        assertEquals("1 to 4", result.smallCountText());
    }

    @Test
    void aHiddenCountIsPrintedAsTheConfidentialSymbol() {
        assertEquals(CellState.HIDDEN, result.state(Cell.of(0, 2)));
        assertEquals("[c]", result.text(Cell.of(0, 2)));
        assertEquals(ProtectedTable.CONFIDENTIAL, result.text(Cell.of(2, 2)));
        assertEquals(OptionalInt.empty(), result.publishedValue(Cell.of(0, 2)));
    }

    @Test
    void zeroIsPrintedAsZero() {
        ProtectedTable zeros = new DisclosureControl().protect(Tables.table(row(0, 12), row(7, 0)));
        assertEquals("0", zeros.text(Cell.of(0, 0)));
    }

    @Test
    void theLabelsComeThrough() {
        ProtectedTable labelled = new DisclosureControl().protect(CountTable.withColumns("Phone", "Web")
                .row("Not asked", 10, 20).build());
        assertEquals("Not asked", labelled.rowLabel(0));
        assertEquals("Web", labelled.columnLabel(1));
        assertEquals(1, labelled.rowCount());
        assertEquals(2, labelled.columnCount());
    }

    @Test
    void aCellTheTableDoesNotHaveIsRefused() {
        ProtectedTable withoutRowTotals = new DisclosureControl().protect(
                Tables.tableWithoutRowTotals(row(10, 20), row(30, 40)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withoutRowTotals.text(Cell.rowTotal(0)));
        assertEquals("The table has no total of row 0 (it has 2 rows, 2 columns and no row totals)",
                refused.getMessage());
    }
}
