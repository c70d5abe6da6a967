package uk.gov.council.cs.reports.content;

import java.util.List;

/**
 * A table of figures as a committee reads it: a caption, the column headings (the first names the
 * rows), then rows of a label and one cell per column. Every report's PDF, CSV and spreadsheet are
 * drawn from these, so the three always say the same.
 */
public record FigureTable(String caption, List<String> headings, List<Row> rows, String note) {

    /** The most value columns a table may have: what fits across an A4 page beside the row labels. */
    public static final int MAX_VALUE_COLUMNS = 8;

    public FigureTable {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        if (headings.size() < 2 || headings.size() > MAX_VALUE_COLUMNS + 1) {
            throw new IllegalArgumentException("A table has a label column and 1 to " + MAX_VALUE_COLUMNS
                    + " value columns; \"" + caption + "\" has " + (headings.size() - 1));
        }
        for (Row row : rows) {
            if (row.cells().size() != headings.size() - 1) {
                throw new IllegalArgumentException("Row \"" + row.label() + "\" of \"" + caption + "\" has "
                        + row.cells().size() + " cells for " + (headings.size() - 1) + " columns");
            }
        }
    }

    /** One row: its label, its cells, and whether it is a total (printed bold, after a rule). */
    public record Row(String label, List<Cell> cells, boolean total) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String label, Cell... cells) {
            return new Row(label, List.of(cells), false);
        }

        public static Row totalOf(String label, Cell... cells) {
            return new Row(label, List.of(cells), true);
        }
    }

    /**
     * One figure: the words printed, the number behind them when it is published (none for a
     * suppressed count, "n/a" or a label), which the spreadsheet keeps as a number, and which records
     * it counts (none for a share, a score or a label).
     */
    public record Cell(String text, Number value, Trace trace) {

        public Cell(String text, Number value) {
            this(text, value, null);
        }

        /** The same figure, able to list the records it counts. */
        public Cell tracedTo(Trace records) {
            return new Cell(text, value, records);
        }

        public static Cell count(long n) {
            return new Cell(Figures.count(n), n);
        }

        public static Cell percent(Double share) {
            return share == null ? none() : new Cell(Figures.percent(share), Figures.roundedPercent(share));
        }

        public static Cell text(String words) {
            return new Cell(words, null);
        }

        public static Cell none() {
            return new Cell(Figures.NONE, null);
        }
    }
}
