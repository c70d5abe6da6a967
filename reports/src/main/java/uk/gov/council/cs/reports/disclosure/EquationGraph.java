package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table's equations as a graph: one node per equation (each row, the totals row, each column,
 * the totals column) and one edge per cell, joining the row equation and the column equation it
 * appears in. Where row totals are not published the rows have no equation, and the cells' row ends
 * (and the grand total's column end) meet at one unconstrained node, {@link #FREE}.
 *
 * <p>Why a graph: a set of changes to suppressed cells that keeps every equation true is a cycle in
 * this graph (or a path through the free node), the changes alternating in sign along it. A reader can
 * tell a suppressed cell's value exactly when no such cycle through it stays within the bounds the
 * reader knows, so protecting a cell means hiding the published cells of one such cycle.
 *
 * <p>Signs: traverse a cell from its row end to its column end and the cycle adds d to it, the other
 * way round it subtracts d, except that a row or column total moves the opposite way (it is on the
 * other side of its equations from the cells it totals).
 */
final class EquationGraph {

    /** The node where unconstrained ends meet (only in tables without row totals). */
    static final int FREE = 0;

    private final CountTable table;
    private final int nodeCount;
    private final Map<Cell, int[]> ends = new HashMap<>();
    private final List<List<Cell>> cellsAt = new ArrayList<>();

    EquationGraph(CountTable table) {
        this.table = table;
        // Nodes: FREE, then rows 0..R-1, the totals row, columns 0..C-1, the totals column.
        this.nodeCount = 1 + table.rowCount() + 1 + table.columnCount() + 1;
        for (int n = 0; n < nodeCount; n++) {
            cellsAt.add(new ArrayList<>());
        }
        for (Cell cell : table.cells()) {
            int[] cellEnds = {rowEnd(cell), columnEnd(cell)};
            ends.put(cell, cellEnds);
            cellsAt.get(cellEnds[0]).add(cell);
            cellsAt.get(cellEnds[1]).add(cell);
        }
    }

    int nodeCount() {
        return nodeCount;
    }

    /** The cells (edges) meeting at a node, in reading order. */
    List<Cell> cellsAt(int node) {
        return cellsAt.get(node);
    }

    int rowEndOf(Cell cell) {
        return ends.get(cell)[0];
    }

    int columnEndOf(Cell cell) {
        return ends.get(cell)[1];
    }

    /** The node at the other end of the cell from {@code node}. */
    int otherEnd(Cell cell, int node) {
        int[] cellEnds = ends.get(cell);
        return cellEnds[0] == node ? cellEnds[1] : cellEnds[0];
    }

    /**
     * How a cell's count changes when a cycle adds d to the cycle's running quantity and leaves the
     * cell through {@code toNode}: +1 or -1 (times d).
     */
    int change(Cell cell, int toNode) {
        int alongCycle = toNode == columnEndOf(cell) ? 1 : -1;
        return isOneTotal(cell) ? -alongCycle : alongCycle;
    }

    private static boolean isOneTotal(Cell cell) {
        return cell.isRowTotal() || cell.isColumnTotal();
    }

    private int rowEnd(Cell cell) {
        if (cell.isInner() || cell.isRowTotal()) {
            return cell.isInner() && !table.rowTotalsPublished() ? FREE : rowNode(cell.row());
        }
        return totalsRowNode();
    }

    private int columnEnd(Cell cell) {
        if (cell.isInner() || cell.isColumnTotal()) {
            return columnNode(cell.column());
        }
        return table.rowTotalsPublished() ? totalsColumnNode() : FREE;
    }

    private int rowNode(int row) {
        return 1 + row;
    }

    private int totalsRowNode() {
        return 1 + table.rowCount();
    }

    private int columnNode(int column) {
        return 2 + table.rowCount() + column;
    }

    private int totalsColumnNode() {
        return 2 + table.rowCount() + table.columnCount();
    }
}
