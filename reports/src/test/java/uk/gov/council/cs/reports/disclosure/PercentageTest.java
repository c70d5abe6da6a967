package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/**
 * A percentage is suppressed with its counts: a percentage of a suppressed count, or of a suppressed
 * total, would give the count away given the other.
 */
class PercentageTest {

    // Published as: 1 to 4 | 20 | [c] | 53 / 15 | 25 | 35 | 75 / [c] | 40 | [c] | 70 / 30 | 85 | 83 | 198
    private final ProtectedTable result = new DisclosureControl().protect(
            Tables.table(row(3, 20, 30), row(15, 25, 35), row(12, 40, 18)));

    @Test
    void aPercentageOfPublishedCountsIsPrintedToOneDecimalPlace() {
        assertEquals("37.7%", result.percentageText(Cell.of(0, 1), Cell.rowTotal(0)));
        assertEquals("29.4%", result.percentageText(Cell.of(1, 1), Cell.columnTotal(1)));
        assertEquals(100.0 * 20 / 53, result.percentageValue(Cell.of(0, 1), Cell.rowTotal(0)).getAsDouble(), 1e-9);
    }

    @Test
    void roundingIsHalfUp() {
        ProtectedTable eighths = new DisclosureControl().protect(Tables.table(row(10, 70)));
        assertEquals("12.5%", eighths.percentageText(Cell.of(0, 0), Cell.grandTotal()));
        assertEquals("87.5%", eighths.percentageText(Cell.of(0, 1), Cell.grandTotal()));
        ProtectedTable thirds = new DisclosureControl().protect(Tables.table(row(10, 20)));
        assertEquals("66.7%", thirds.percentageText(Cell.of(0, 1), Cell.grandTotal()));
    }

    @Test
    void aPercentageOfASmallCountIsSuppressed() {
        assertEquals("[c]", result.percentageText(Cell.of(0, 0), Cell.rowTotal(0)));
        assertEquals(OptionalDouble.empty(), result.percentageValue(Cell.of(0, 0), Cell.rowTotal(0)));
    }

    @Test
    void aPercentageOfAHiddenCountIsSuppressed() {
        assertEquals("[c]", result.percentageText(Cell.of(0, 2), Cell.grandTotal()));
    }

    @Test
    void aPercentageWhoseDenominatorIsSuppressedIsSuppressed() {
        ProtectedTable smallTotal = new DisclosureControl().protect(Tables.table(row(2, 1, 0), row(20, 30, 40),
                row(15, 25, 35)));
        // Row 0 totals 3 ("1 to 4"); its published 0 is still shown as a percentage of nothing.
        assertEquals("[c]", smallTotal.percentageText(Cell.of(0, 2), Cell.rowTotal(0)));
        assertEquals(OptionalDouble.empty(), smallTotal.percentageValue(Cell.of(0, 2), Cell.rowTotal(0)));
        // Row 2's total is hidden: its published 35 as a percentage of it would give the total away.
        assertEquals(CellState.HIDDEN, smallTotal.state(Cell.rowTotal(2)));
        assertEquals("[c]", smallTotal.percentageText(Cell.of(2, 2), Cell.rowTotal(2)));
    }

    @Test
    void aPercentageOfZeroIsNotApplicable() {
        ProtectedTable zeros = new DisclosureControl().protect(Tables.table(row(0, 12), row(0, 7)));
        assertEquals("[z]", zeros.percentageText(Cell.of(0, 0), Cell.columnTotal(0)));
        assertEquals(OptionalDouble.empty(), zeros.percentageValue(Cell.of(0, 0), Cell.columnTotal(0)));
        assertEquals("0.0%", zeros.percentageText(Cell.of(0, 0), Cell.rowTotal(0)));
    }
}
