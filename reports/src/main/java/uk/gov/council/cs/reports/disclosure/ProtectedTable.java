package uk.gov.council.cs.reports.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A table ready to publish: for each cell, whether it is shown, shown as "1 to 4" or hidden as "[c]",
 * and the words to print. It gives no access to a suppressed count, so a report built from it cannot
 * print one by mistake.
 *
 * <p>Publish it only when {@link #isFullyProtected()}; otherwise some small count can be worked out
 * whatever is hidden, and the categories need merging before the table can be published.
 */
public final class ProtectedTable {

    /** The ONS symbol for a confidential figure; the report's legend explains it. */
    public static final String CONFIDENTIAL = "[c]";

    /** The ONS symbol for "not applicable", for a percentage of a total of 0. */
    public static final String NOT_APPLICABLE = "[z]";

    private final CountTable table;
    private final int threshold;
    private final Map<Cell, CellState> states;
    private final SortedSet<Cell> derivable;

    ProtectedTable(CountTable table, int threshold, Map<Cell, CellState> states, Set<Cell> derivable) {
        this.table = table;
        this.threshold = threshold;
        this.states = new TreeMap<>(states);
        this.derivable = Collections.unmodifiableSortedSet(new TreeSet<>(derivable));
    }

    public int threshold() {
        return threshold;
    }

    public int rowCount() {
        return table.rowCount();
    }

    public int columnCount() {
        return table.columnCount();
    }

    public String rowLabel(int row) {
        return table.rowLabel(row);
    }

    public String columnLabel(int column) {
        return table.columnLabel(column);
    }

    public boolean rowTotalsPublished() {
        return table.rowTotalsPublished();
    }

    /** Every cell of the table, totals included, in reading order. */
    public List<Cell> cells() {
        return table.cells();
    }

    public CellState state(Cell cell) {
        table.requireCell(cell);
        return states.get(cell);
    }

    public boolean isSuppressed(Cell cell) {
        return state(cell).isSuppressed();
    }

    /** The count, when it is published; empty for a small or hidden cell. */
    public OptionalInt publishedValue(Cell cell) {
        return isSuppressed(cell) ? OptionalInt.empty() : OptionalInt.of(table.value(cell));
    }

    /** The words printed for a small count: "1 to 4" at the default threshold. */
    public String smallCountText() {
        return "1 to " + (threshold - 1);
    }

    /** What the table prints in the cell: the count, "1 to 4" or "[c]". */
    public String text(Cell cell) {
        return switch (state(cell)) {
            case PUBLISHED -> Integer.toString(table.value(cell));
            case SMALL -> smallCountText();
            case HIDDEN -> CONFIDENTIAL;
        };
    }

    /** The cells in one state, in reading order. */
    public List<Cell> cellsIn(CellState state) {
        return cells().stream().filter(cell -> states.get(cell) == state).toList();
    }

    /** Whether no suppressed count can be worked out from what the table publishes. */
    public boolean isFullyProtected() {
        return derivable.isEmpty();
    }

    /**
     * The small cells a reader can still work out, because no suppression could protect them (empty
     * for almost every table), in reading order. They are small counts, so the table must not be
     * published as it is.
     */
    public SortedSet<Cell> derivableCells() {
        return derivable;
    }

    /**
     * {@code part} as a percentage of {@code whole}; empty when either is suppressed (a percentage and
     * one published count would give away the other) or when {@code whole} is 0.
     */
    public OptionalDouble percentageValue(Cell part, Cell whole) {
        if (isSuppressed(part) || isSuppressed(whole) || table.value(whole) == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * table.value(part) / table.value(whole));
    }

    /**
     * The printed percentage, to one decimal place ("12.5%"): "[c]" when either count is suppressed,
     * "[z]" for a percentage of 0.
     */
    public String percentageText(Cell part, Cell whole) {
        if (isSuppressed(part) || isSuppressed(whole)) {
            return CONFIDENTIAL;
        }
        if (table.value(whole) == 0) {
            return NOT_APPLICABLE;
        }
        return BigDecimal.valueOf(table.value(part)).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(table.value(whole)), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The table as printed, for reading in test failures and logs of a build: one line per row. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-12s", ""));
        for (int c = 0; c < columnCount(); c++) {
            text.append(String.format("%8s", abbreviate(columnLabel(c))));
        }
        text.append(rowTotalsPublished() ? String.format("%8s", "Total") : "").append('\n');
        for (int r = 0; r < rowCount(); r++) {
            text.append(String.format("%-12s", abbreviate(rowLabel(r))));
            for (int c = 0; c < columnCount(); c++) {
                text.append(String.format("%8s", text(Cell.of(r, c))));
            }
            text.append(rowTotalsPublished() ? String.format("%8s", text(Cell.rowTotal(r))) : "").append('\n');
        }
        text.append(String.format("%-12s", "Total"));
        for (int c = 0; c < columnCount(); c++) {
            text.append(String.format("%8s", text(Cell.columnTotal(c))));
        }
        text.append(String.format("%8s", text(Cell.grandTotal())));
        if (!isFullyProtected()) {
            text.append("\nNOT PROTECTABLE: ").append(derivable);
        }
        return text.toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 7 ? label : label.substring(0, 7);
    }
}
