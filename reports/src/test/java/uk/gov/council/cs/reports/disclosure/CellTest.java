package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CellTest {

    @Test
    void theFactoriesSayWhichKindOfCellTheyMake() {
        assertTrue(Cell.of(2, 3).isInner());
        assertTrue(Cell.rowTotal(2).isRowTotal());
        assertTrue(Cell.columnTotal(3).isColumnTotal());
        assertTrue(Cell.grandTotal().isGrandTotal());
        assertFalse(Cell.rowTotal(2).isInner());
        assertEquals(new Cell(2, Cell.TOTAL), Cell.rowTotal(2));
        assertEquals(new Cell(Cell.TOTAL, 3), Cell.columnTotal(3));
    }

    @Test
    void cellsSortInReadingOrderWithTotalsLast() {
        List<Cell> cells = new ArrayList<>(List.of(Cell.grandTotal(), Cell.columnTotal(0), Cell.rowTotal(1),
                Cell.of(1, 0), Cell.rowTotal(0), Cell.of(0, 1), Cell.of(0, 0)));
        cells.sort(null);
        assertEquals(List.of(Cell.of(0, 0), Cell.of(0, 1), Cell.rowTotal(0), Cell.of(1, 0), Cell.rowTotal(1),
                Cell.columnTotal(0), Cell.grandTotal()), cells);
    }

    @Test
    void negativeIndexesOtherThanTheTotalMarkerAreRefused() {
        IllegalArgumentException inner = assertThrows(IllegalArgumentException.class, () -> Cell.of(-1, 0));
        assertEquals("An inner cell's row and column are 0 or more; got row -1, column 0 (use rowTotal, columnTotal"
                + " or grandTotal for totals)", inner.getMessage());
        IllegalArgumentException any = assertThrows(IllegalArgumentException.class, () -> new Cell(0, -2));
        assertEquals("A cell's row and column are 0 or more, or Cell.TOTAL; got row 0, column -2", any.getMessage());
    }
}
