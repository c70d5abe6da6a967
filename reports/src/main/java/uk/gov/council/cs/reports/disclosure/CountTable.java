package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table of counts as it is to be published: labelled rows and columns of non-negative counts, with
 * the totals computed from the cells (never supplied, so they always add up). Column totals and the
 * grand total are always published; row totals are published unless the builder is told otherwise,
 * for tables whose columns do not add up across a row (such as "of which upheld").
 *
 * <p>Immutable. Build it with {@link #withColumns(String...)}.
 */
public final class CountTable {

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final int[][] counts;
    private final boolean rowTotalsPublished;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final int grandTotal;
    private final List<Cell> cells;

    private CountTable(List<String> rowLabels, List<String> columnLabels, int[][] counts,
            boolean rowTotalsPublished) {
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.counts = counts;
        this.rowTotalsPublished = rowTotalsPublished;
        this.rowTotals = new int[counts.length];
        this.columnTotals = new int[columnLabels.size()];
        int grand = 0;
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < columnTotals.length; c++) {
                rowTotals[r] = add(rowTotals[r], counts[r][c]);
                columnTotals[c] = add(columnTotals[c], counts[r][c]);
                grand = add(grand, counts[r][c]);
            }
        }
        this.grandTotal = grand;
        this.cells = List.copyOf(listCells());
    }

    /** Starts a table with these column labels (at least one, none blank, no two the same). */
    public static Builder withColumns(String... columnLabels) {
        return new Builder(Arrays.asList(columnLabels));
    }

    public static Builder withColumns(List<String> columnLabels) {
        return new Builder(columnLabels);
    }

    /** A table with row totals from labels and a rectangular array of counts, {@code counts[row][column]}. */
    public static CountTable of(List<String> rowLabels, List<String> columnLabels, int[][] counts) {
        Objects.requireNonNull(rowLabels, "rowLabels");
        Objects.requireNonNull(counts, "counts");
        if (rowLabels.size() != counts.length) {
            throw new IllegalArgumentException("There are " + rowLabels.size() + " row labels but "
                    + counts.length + " rows of counts");
        }
        Builder builder = withColumns(columnLabels);
        for (int r = 0; r < counts.length; r++) {
            builder.row(rowLabels.get(r), counts[r]);
        }
        return builder.build();
    }

    public int rowCount() {
        return rowLabels.size();
    }

    public int columnCount() {
        return columnLabels.size();
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    public String rowLabel(int row) {
        return rowLabels.get(row);
    }

    public String columnLabel(int column) {
        return columnLabels.get(column);
    }

    /** Whether the table publishes a total for each row (and so the grand total is also their sum). */
    public boolean rowTotalsPublished() {
        return rowTotalsPublished;
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    /** The total of one row; refused when the table publishes no row totals, since that cell does not exist. */
    public int rowTotal(int row) {
        if (!rowTotalsPublished) {
            throw new IllegalStateException("This table publishes no row totals");
        }
        return rowTotals[row];
    }

    public int columnTotal(int column) {
        return columnTotals[column];
    }

    public int grandTotal() {
        return grandTotal;
    }

    /** Whether the table has this cell: in range, and not a row total of a table that publishes none. */
    public boolean contains(Cell cell) {
        boolean rowOk = cell.row() == Cell.TOTAL || cell.row() < rowCount();
        boolean columnOk = cell.column() == Cell.TOTAL ? (rowTotalsPublished || cell.row() == Cell.TOTAL)
                : cell.column() < columnCount();
        return rowOk && columnOk;
    }

    /** The count in any cell of the table, totals included. */
    public int value(Cell cell) {
        requireCell(cell);
        if (cell.isGrandTotal()) {
            return grandTotal;
        }
        if (cell.isColumnTotal()) {
            return columnTotals[cell.column()];
        }
        if (cell.isRowTotal()) {
            return rowTotals[cell.row()];
        }
        return counts[cell.row()][cell.column()];
    }

    /** Every cell the table publishes, totals included, in reading order. */
    public List<Cell> cells() {
        return cells;
    }

    void requireCell(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (!contains(cell)) {
            throw new IllegalArgumentException("The table has no " + cell + " (it has " + rowCount() + " rows, "
                    + columnCount() + " columns" + (rowTotalsPublished ? "" : " and no row totals") + ")");
        }
    }

    private List<Cell> listCells() {
        List<Cell> all = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            for (int c = 0; c < columnCount(); c++) {
                all.add(Cell.of(r, c));
            }
            if (rowTotalsPublished) {
                all.add(Cell.rowTotal(r));
            }
        }
        for (int c = 0; c < columnCount(); c++) {
            all.add(Cell.columnTotal(c));
        }
        all.add(Cell.grandTotal());
        return all;
    }

    private static int add(int a, int b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The table's totals are too large for an int", e);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CountTable").append(columnLabels)
                .append(rowTotalsPublished ? "" : " without row totals");
        for (int r = 0; r < rowCount(); r++) {
            text.append("\n  ").append(rowLabels.get(r)).append(": ").append(Arrays.toString(counts[r]));
        }
        return text.toString();
    }

    /** Collects rows one at a time, checking each as it comes so a mistake is reported where it is made. */
    public static final class Builder {

        private final List<String> columnLabels;
        private final List<String> rowLabels = new ArrayList<>();
        private final List<int[]> rows = new ArrayList<>();
        private boolean rowTotalsPublished = true;

        private Builder(List<String> columnLabels) {
            Objects.requireNonNull(columnLabels, "columnLabels");
            if (columnLabels.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            requireLabels("column", columnLabels);
            this.columnLabels = List.copyOf(columnLabels);
        }

        /** Adds a row: its label and one count (0 or more) per column, in column order. */
        public Builder row(String label, int... counts) {
            List<String> withThisRow = new ArrayList<>(rowLabels);
            withThisRow.add(label);
            requireLabels("row", withThisRow);
            Objects.requireNonNull(counts, "counts");
            if (counts.length != columnLabels.size()) {
                throw new IllegalArgumentException("Row \"" + label + "\" has " + counts.length
                        + " counts but the table has " + columnLabels.size() + " columns " + columnLabels);
            }
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] < 0) {
                    throw new IllegalArgumentException("Row \"" + label + "\", column \"" + columnLabels.get(c)
                            + "\": the count " + counts[c] + " is negative; counts are 0 or more");
                }
            }
            rowLabels.add(label);
            rows.add(counts.clone());
            return this;
        }

        /** Publishes no row totals: for tables whose columns do not add up across a row. */
        public Builder withoutRowTotals() {
            rowTotalsPublished = false;
            return this;
        }

        public CountTable build() {
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one row");
            }
            return new CountTable(rowLabels, columnLabels, rows.toArray(new int[0][]), rowTotalsPublished);
        }

        private static void requireLabels(String kind, List<String> labels) {
            Set<String> seen = new HashSet<>();
            for (String label : labels) {
                if (label == null || label.isBlank()) {
                    throw new IllegalArgumentException("A " + kind + " label is missing or blank: " + labels);
                }
                if (!seen.add(label)) {
                    throw new IllegalArgumentException("The " + kind + " label \"" + label
                            + "\" is used twice; labels must tell the " + kind + "s apart");
                }
            }
        }
    }
}
