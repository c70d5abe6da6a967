package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A reader trying to work out suppressed counts, by plain enumeration: it tries whole-number values
 * for the suppressed inner cells and keeps the assignments that fit everything published. It shares
 * no code with the implementation's linear programme (only the public view of the table), so it
 * checks the implementation rather than repeating it.
 *
 * <p>What the reader knows: each published count; a "1 to 4" cell is 1 to threshold-1; a "[c]" cell
 * is at least the threshold (a zero or a small count would have been printed as "0" or "1 to 4"); the
 * cells of a row add up to its total (where row totals are published), the cells of a column to its
 * total, and the totals to the grand total. Totals are sums of inner cells, so only inner cells are
 * enumerated and the totals follow from them.
 *
 * <p>Taking a "[c]" cell to be merely 0 or more would give the reader more tables to choose from, so
 * two values found under the stricter reading are there under the looser one too: this check is the
 * stronger of the two.
 *
 * <p>The search is a depth-first enumeration, pruned by the least and the most each row, column and
 * the grand total can still take. Where nothing published bounds a hidden cell (the grand total
 * hidden too), values are searched up to a cap of 100 more than everything published; that can only
 * make the reader weaker, so for the claim "at least two values" it costs nothing. A search that
 * would take too long stops with {@link SearchTooLarge} rather than passing.
 */
final class BruteForceAttacker {

    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    /**
     * Steps one search may take. Proving that a value is impossible means trying every combination,
     * which grows fast with the number of suppressed cells; the tables tested here need far fewer, and
     * a search that runs out says so rather than passing.
     */
    private static final long MAX_STEPS = 20_000_000;

    /** The enumeration ran out of steps: the table is too large for a brute-force check. */
    static final class SearchTooLarge extends RuntimeException {
        SearchTooLarge() {
            super("The brute-force search took more than " + MAX_STEPS + " steps");
        }
    }

    private long steps;

    private final int rows;
    private final int columns;
    private final boolean rowTotals;
    private final long cap;
    /** Per inner cell: its least and greatest possible value (equal when published). */
    private final long[][] cellLeast;
    private final long[][] cellMost;
    /** Per row, column and for the grand total: the range its sum must fall in. */
    private final long[] rowLeast;
    private final long[] rowMost;
    private final long[] columnLeast;
    private final long[] columnMost;
    private long grandLeast;
    private long grandMost;

    private final List<int[]> unknowns = new ArrayList<>();
    private int[][] solution;

    /** The reader of a published table. */
    static BruteForceAttacker reading(ProtectedTable published) {
        return new BruteForceAttacker(published.rowCount(), published.columnCount(), published.rowTotalsPublished(),
                published.threshold(), published::state, cell -> published.publishedValue(cell).getAsInt());
    }

    /**
     * The reader of the same table with every cell suppressed but the zeros (which are never hidden):
     * the most any suppression can achieve.
     */
    static BruteForceAttacker readingEverythingSuppressed(CountTable table, int threshold) {
        return new BruteForceAttacker(table.rowCount(), table.columnCount(), table.rowTotalsPublished(), threshold,
                cell -> table.value(cell) == 0 ? CellState.PUBLISHED
                        : table.value(cell) < threshold ? CellState.SMALL : CellState.HIDDEN,
                table::value);
    }

    private BruteForceAttacker(int rows, int columns, boolean rowTotals, int threshold,
            Function<Cell, CellState> state, Function<Cell, Integer> value) {
        this.rows = rows;
        this.columns = columns;
        this.rowTotals = rowTotals;
        long publishedSum = 0;
        cellLeast = new long[rows][columns];
        cellMost = new long[rows][columns];
        rowLeast = new long[rows];
        rowMost = new long[rows];
        columnLeast = new long[columns];
        columnMost = new long[columns];
        long[] grand = sumRange(state, value, Cell.grandTotal(), threshold);
        grandLeast = grand[0];
        grandMost = grand[1];
        for (int r = 0; r < rows; r++) {
            long[] range = rowTotals ? sumRange(state, value, Cell.rowTotal(r), threshold) : new long[] {0, UNBOUNDED};
            rowLeast[r] = range[0];
            rowMost[r] = range[1];
        }
        for (int c = 0; c < columns; c++) {
            long[] range = sumRange(state, value, Cell.columnTotal(c), threshold);
            columnLeast[c] = range[0];
            columnMost[c] = range[1];
        }
        for (Cell cell : allCells()) {
            if (state.apply(cell) == CellState.PUBLISHED) {
                publishedSum += value.apply(cell);
            }
        }
        cap = publishedSum + 100;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Cell cell = Cell.of(r, c);
                switch (state.apply(cell)) {
                    case PUBLISHED -> cellLeast[r][c] = cellMost[r][c] = value.apply(cell);
                    case SMALL -> {
                        cellLeast[r][c] = 1;
                        cellMost[r][c] = threshold - 1;
                    }
                    case HIDDEN -> {
                        cellLeast[r][c] = threshold;
                        cellMost[r][c] = Math.min(cap, Math.min(grandMost, Math.min(rowMost[r], columnMost[c])));
                    }
                }
                if (state.apply(cell).isSuppressed()) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
    }

    private static long[] sumRange(Function<Cell, CellState> state, Function<Cell, Integer> value, Cell total,
            int threshold) {
        return switch (state.apply(total)) {
            case PUBLISHED -> new long[] {value.apply(total), value.apply(total)};
            case SMALL -> new long[] {1, threshold - 1};
            case HIDDEN -> new long[] {threshold, UNBOUNDED};
        };
    }

    private List<Cell> allCells() {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells.add(Cell.of(r, c));
            }
            if (rowTotals) {
                cells.add(Cell.rowTotal(r));
            }
        }
        for (int c = 0; c < columns; c++) {
            cells.add(Cell.columnTotal(c));
        }
        cells.add(Cell.grandTotal());
        return cells;
    }

    /** Whether these inner counts fit everything the reader knows: checked directly, with no search. */
    boolean accepts(int[][] counts) {
        long grand = 0;
        long[] columnSums = new long[columns];
        for (int r = 0; r < rows; r++) {
            long rowSum = 0;
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < cellLeast[r][c] || counts[r][c] > cellMost[r][c]) {
                    return false;
                }
                rowSum += counts[r][c];
                columnSums[c] += counts[r][c];
                grand += counts[r][c];
            }
            if (rowSum < rowLeast[r] || rowSum > rowMost[r]) {
                return false;
            }
        }
        for (int c = 0; c < columns; c++) {
            if (columnSums[c] < columnLeast[c] || columnSums[c] > columnMost[c]) {
                return false;
            }
        }
        return grand >= grandLeast && grand <= grandMost;
    }

    /**
     * Up to two different values the cell takes in tables that fit everything published: two when the
     * reader cannot tell its value, one when the reader can, none when nothing fits.
     */
    Set<Integer> twoPossibleValues(Cell cell) {
        Set<Integer> found = new LinkedHashSet<>();
        if (!search()) {
            return found;
        }
        int first = valueIn(solution, cell);
        found.add(first);
        // The fitting table that prefers high values usually differs from the first one, which
        // prefers low values, and finding it needs no proof that some value is impossible.
        highestFirst = true;
        try {
            if (search() && found.add(valueIn(solution, cell))) {
                return found;
            }
        } finally {
            highestFirst = false;
        }
        long[] domain = domainOf(cell);
        for (long distance = 1; first - distance >= domain[0] || first + distance <= domain[1]; distance++) {
            for (long candidate : new long[] {first + distance, first - distance}) {
                if (candidate >= domain[0] && candidate <= domain[1] && existsWith(cell, candidate)) {
                    found.add((int) candidate);
                    return found;
                }
            }
        }
        return found;
    }

    /** The values worth trying for a cell: its own range, with an unbounded total capped by the grand total or the cap. */
    private long[] domainOf(Cell cell) {
        long[] range = rangeOf(cell);
        return new long[] {range[0], Math.min(range[1], Math.min(grandMost, cap * rows * columns))};
    }

    private long[] rangeOf(Cell cell) {
        if (cell.isInner()) {
            return new long[] {cellLeast[cell.row()][cell.column()], cellMost[cell.row()][cell.column()]};
        }
        if (cell.isGrandTotal()) {
            return new long[] {grandLeast, grandMost};
        }
        if (cell.isRowTotal()) {
            return new long[] {rowLeast[cell.row()], rowMost[cell.row()]};
        }
        return new long[] {columnLeast[cell.column()], columnMost[cell.column()]};
    }

    private int valueIn(int[][] counts, Cell cell) {
        long sum = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                boolean inRow = cell.row() == Cell.TOTAL || cell.row() == r;
                boolean inColumn = cell.column() == Cell.TOTAL || cell.column() == c;
                if (inRow && inColumn) {
                    sum += counts[r][c];
                }
            }
        }
        return (int) sum;
    }

    /** Whether some fitting table gives the cell this value: the search with the cell's range pinned. */
    private boolean existsWith(Cell cell, long value) {
        long[] saved = rangeOf(cell);
        setRange(cell, value, value);
        try {
            return search();
        } finally {
            setRange(cell, saved[0], saved[1]);
        }
    }

    private void setRange(Cell cell, long least, long most) {
        if (cell.isInner()) {
            cellLeast[cell.row()][cell.column()] = least;
            cellMost[cell.row()][cell.column()] = most;
        } else if (cell.isGrandTotal()) {
            grandLeast = least;
            grandMost = most;
        } else if (cell.isRowTotal()) {
            rowLeast[cell.row()] = least;
            rowMost[cell.row()] = most;
        } else {
            columnLeast[cell.column()] = least;
            columnMost[cell.column()] = most;
        }
    }

    // ---- the depth-first search ----

    private int[][] counts;
    private long[] rowSum;
    private long[] columnSum;
    private long grandSum;
    /** The least and most the still unassigned cells of each row, column and the table can add. */
    private long[] rowLeft;
    private long[] rowLeftMost;
    private long[] columnLeft;
    private long[] columnLeftMost;
    private long grandLeft;
    private long grandLeftMost;
    private boolean[] done;
    private boolean highestFirst;
    private int[] rowUnassigned;
    private int[] columnUnassigned;

    /** Finds one fitting table, kept in {@link #solution}; false when none fits. */
    private boolean search() {
        steps = 0;
        counts = new int[rows][columns];
        rowSum = new long[rows];
        columnSum = new long[columns];
        grandSum = 0;
        rowLeft = new long[rows];
        rowLeftMost = new long[rows];
        columnLeft = new long[columns];
        columnLeftMost = new long[columns];
        grandLeft = 0;
        grandLeftMost = 0;
        done = new boolean[unknowns.size()];
        rowUnassigned = new int[rows];
        columnUnassigned = new int[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!isUnknown(r, c)) {
                    counts[r][c] = (int) cellLeast[r][c];
                    rowSum[r] += counts[r][c];
                    columnSum[c] += counts[r][c];
                    grandSum += counts[r][c];
                }
            }
        }
        for (int[] unknown : unknowns) {
            int r = unknown[0];
            int c = unknown[1];
            rowLeft[r] += cellLeast[r][c];
            rowLeftMost[r] += cellMost[r][c];
            columnLeft[c] += cellLeast[r][c];
            columnLeftMost[c] += cellMost[r][c];
            grandLeft += cellLeast[r][c];
            grandLeftMost += cellMost[r][c];
            rowUnassigned[r]++;
            columnUnassigned[c]++;
        }
        return assign(0);
    }

    /**
     * The unknown to assign next: one in the bounded row or column with fewest unknowns left, so
     * that lines are completed (and their last cell forced) early, and a dead end is met early.
     */
    private int nextUnknown() {
        int best = -1;
        long bestKey = Long.MAX_VALUE;
        for (int k = 0; k < unknowns.size(); k++) {
            if (done[k]) {
                continue;
            }
            int r = unknowns.get(k)[0];
            int c = unknowns.get(k)[1];
            long lineLeft = Math.min(rowMost[r] < UNBOUNDED ? rowUnassigned[r] : Integer.MAX_VALUE,
                    columnMost[c] < UNBOUNDED ? columnUnassigned[c] : Integer.MAX_VALUE);
            long key = lineLeft * 1_000_000L + Math.min(999_999, cellMost[r][c] - cellLeast[r][c]);
            if (key < bestKey) {
                bestKey = key;
                best = k;
            }
        }
        return best;
    }

    private boolean isUnknown(int r, int c) {
        return unknowns.stream().anyMatch(u -> u[0] == r && u[1] == c);
    }

    private boolean assign(int assigned) {
        if (++steps > MAX_STEPS) {
            throw new SearchTooLarge();
        }
        if (!everySumStillReachable()) {
            return false;
        }
        if (assigned == unknowns.size()) {
            if (!accepts(counts)) {
                throw new AssertionError("The search's pruning let through a table that does not fit");
            }
            solution = copy(counts);
            return true;
        }
        int next = nextUnknown();
        int r = unknowns.get(next)[0];
        int c = unknowns.get(next)[1];
        done[next] = true;
        rowUnassigned[r]--;
        columnUnassigned[c]--;
        rowLeft[r] -= cellLeast[r][c];
        rowLeftMost[r] -= cellMost[r][c];
        columnLeft[c] -= cellLeast[r][c];
        columnLeftMost[c] -= cellMost[r][c];
        grandLeft -= cellLeast[r][c];
        grandLeftMost -= cellMost[r][c];
        long least = max(cellLeast[r][c], rowLeast[r] - rowSum[r] - rowLeftMost[r],
                columnLeast[c] - columnSum[c] - columnLeftMost[c], grandLeast - grandSum - grandLeftMost);
        long most = min(cellMost[r][c], rowMost[r] - rowSum[r] - rowLeft[r],
                columnMost[c] - columnSum[c] - columnLeft[c], grandMost - grandSum - grandLeft);
        boolean found = false;
        for (long step = 0; step <= most - least && !found; step++) {
            long value = highestFirst ? most - step : least + step;
            counts[r][c] = (int) value;
            rowSum[r] += value;
            columnSum[c] += value;
            grandSum += value;
            found = assign(assigned + 1);
            rowSum[r] -= value;
            columnSum[c] -= value;
            grandSum -= value;
        }
        counts[r][c] = 0;
        done[next] = false;
        rowUnassigned[r]++;
        columnUnassigned[c]++;
        rowLeft[r] += cellLeast[r][c];
        rowLeftMost[r] += cellMost[r][c];
        columnLeft[c] += cellLeast[r][c];
        columnLeftMost[c] += cellMost[r][c];
        grandLeft += cellLeast[r][c];
        grandLeftMost += cellMost[r][c];
        return found;
    }

    /**
     * Whether every row, column and the grand total can still reach its range with the cells left to
     * assign: checked at every step, so a dead end anywhere in the table is found at once rather than
     * after trying every value of the cells searched before it.
     */
    private boolean everySumStillReachable() {
        for (int r = 0; r < rows; r++) {
            if (rowSum[r] + rowLeft[r] > rowMost[r] || rowSum[r] + rowLeftMost[r] < rowLeast[r]) {
                return false;
            }
        }
        for (int c = 0; c < columns; c++) {
            if (columnSum[c] + columnLeft[c] > columnMost[c] || columnSum[c] + columnLeftMost[c] < columnLeast[c]) {
                return false;
            }
        }
        return grandSum + grandLeft <= grandMost && grandSum + grandLeftMost >= grandLeast;
    }

    private static long max(long... values) {
        long best = Long.MIN_VALUE;
        for (long v : values) {
            best = Math.max(best, v);
        }
        return best;
    }

    private static long min(long... values) {
        long best = Long.MAX_VALUE;
        for (long v : values) {
            best = Math.min(best, v);
        }
        return best;
    }

    private static int[][] copy(int[][] grid) {
        int[][] copy = new int[grid.length][];
        for (int i = 0; i < grid.length; i++) {
            copy[i] = grid[i].clone();
        }
        return copy;
    }
}
