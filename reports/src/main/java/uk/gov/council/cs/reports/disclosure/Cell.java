package uk.gov.council.cs.reports.disclosure;

/**
 * A position in a {@link CountTable}: an inner cell, a row total, a column total or the grand total.
 * Totals are cells like any other because they are published like any other, and a small total is as
 * disclosive as a small inner count. {@link #TOTAL} stands in for the index of the totals row or column.
 */
public record Cell(int row, int column) implements Comparable<Cell> {

    /** The index of the totals column (in {@link #column()}) or the totals row (in {@link #row()}). */
    public static final int TOTAL = -1;

    public Cell {
        if (row < TOTAL || column < TOTAL) {
            throw new IllegalArgumentException("A cell's row and column are 0 or more, or Cell.TOTAL; got row "
                    + row + ", column " + column);
        }
    }

    /** The inner cell at {@code row}, {@code column} (both counted from 0). */
    public static Cell of(int row, int column) {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("An inner cell's row and column are 0 or more; got row " + row
                    + ", column " + column + " (use rowTotal, columnTotal or grandTotal for totals)");
        }
        return new Cell(row, column);
    }

    public static Cell rowTotal(int row) {
        return of(row, 0).withColumn(TOTAL);
    }

    public static Cell columnTotal(int column) {
        return of(0, column).withRow(TOTAL);
    }

    public static Cell grandTotal() {
        return new Cell(TOTAL, TOTAL);
    }

    public boolean isInner() {
        return row != TOTAL && column != TOTAL;
    }

    public boolean isRowTotal() {
        return row != TOTAL && column == TOTAL;
    }

    public boolean isColumnTotal() {
        return row == TOTAL && column != TOTAL;
    }

    public boolean isGrandTotal() {
        return row == TOTAL && column == TOTAL;
    }

    /**
     * Reading order, as the table is printed: rows top to bottom with the totals row last, and within a
     * row left to right with the totals column last. Every tie break in the suppression uses this
     * order, which is what makes the result the same on every run.
     */
    @Override
    public int compareTo(Cell other) {
        int byRow = Integer.compare(printedPosition(row), printedPosition(other.row));
        return byRow != 0 ? byRow : Integer.compare(printedPosition(column), printedPosition(other.column));
    }

    private static int printedPosition(int index) {
        return index == TOTAL ? Integer.MAX_VALUE : index;
    }

    private Cell withRow(int newRow) {
        return new Cell(newRow, column);
    }

    private Cell withColumn(int newColumn) {
        return new Cell(row, newColumn);
    }

    @Override
    public String toString() {
        if (isGrandTotal()) {
            return "grand total";
        }
        if (isRowTotal()) {
            return "total of row " + row;
        }
        if (isColumnTotal()) {
            return "total of column " + column;
        }
        return "cell (" + row + ", " + column + ")";
    }
}
