package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CountTableTest {

    private final CountTable contacts = CountTable.withColumns("Phone", "Web", "Face to face")
            .row("White British", 120, 340, 15)
            .row("Prefer not to say", 3, 0, 1)
            .build();

    @Test
    void totalsAreComputedFromTheCells() {
        assertEquals(475, contacts.rowTotal(0));
        assertEquals(4, contacts.rowTotal(1));
        assertEquals(123, contacts.columnTotal(0));
        assertEquals(340, contacts.columnTotal(1));
        assertEquals(16, contacts.columnTotal(2));
        assertEquals(479, contacts.grandTotal());
    }

    @Test
    void everyCellIncludingTotalsHasAValue() {
        assertEquals(3, contacts.value(Cell.of(1, 0)));
        assertEquals(4, contacts.value(Cell.rowTotal(1)));
        assertEquals(16, contacts.value(Cell.columnTotal(2)));
        assertEquals(479, contacts.value(Cell.grandTotal()));
    }

    @Test
    void labelsAndSizeAreKept() {
        assertEquals(2, contacts.rowCount());
        assertEquals(3, contacts.columnCount());
        assertEquals(List.of("White British", "Prefer not to say"), contacts.rowLabels());
        assertEquals("Face to face", contacts.columnLabel(2));
        assertTrue(contacts.rowTotalsPublished());
    }

    @Test
    void cellsAreListedInReadingOrderWithTheirTotals() {
        CountTable table = CountTable.withColumns("a", "b").row("x", 1, 2).row("y", 3, 4).build();
        assertEquals(List.of(Cell.of(0, 0), Cell.of(0, 1), Cell.rowTotal(0), Cell.of(1, 0), Cell.of(1, 1),
                Cell.rowTotal(1), Cell.columnTotal(0), Cell.columnTotal(1), Cell.grandTotal()), table.cells());
    }

    @Test
    void aTableWithoutRowTotalsHasNoRowTotalCells() {
        CountTable complaints = CountTable.withColumns("Complaints", "of which upheld")
                .row("Female", 40, 12).row("Male", 35, 9).withoutRowTotals().build();
        assertFalse(complaints.rowTotalsPublished());
        assertFalse(complaints.contains(Cell.rowTotal(0)));
        assertTrue(complaints.contains(Cell.grandTotal()));
        assertEquals(96, complaints.grandTotal());
        assertEquals(List.of(Cell.of(0, 0), Cell.of(0, 1), Cell.of(1, 0), Cell.of(1, 1), Cell.columnTotal(0),
                Cell.columnTotal(1), Cell.grandTotal()), complaints.cells());
        IllegalStateException noRowTotal = assertThrows(IllegalStateException.class, () -> complaints.rowTotal(0));
        assertEquals("This table publishes no row totals", noRowTotal.getMessage());
    }

    @Test
    void theFactoryTakesAnArrayOfCounts() {
        CountTable table = CountTable.of(List.of("x", "y"), List.of("a", "b"), new int[][] {{1, 2}, {3, 4}});
        assertEquals(10, table.grandTotal());
        assertEquals(6, table.columnTotal(1));
    }

    @Test
    void changingTheCallersArrayAfterwardsDoesNotChangeTheTable() {
        int[] counts = {5, 6};
        CountTable table = CountTable.withColumns("a", "b").row("x", counts).build();
        counts[0] = 99;
        assertEquals(5, table.count(0, 0));
        assertEquals(11, table.grandTotal());
    }

    @Test
    void zeroesAreAllowed() {
        CountTable table = CountTable.withColumns("a").row("x", 0).build();
        assertEquals(0, table.grandTotal());
    }
}
