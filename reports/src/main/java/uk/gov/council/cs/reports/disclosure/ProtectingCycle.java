package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Finds the cheapest set of published cells whose hiding protects a disclosed cell: the published
 * cells of the cheapest cycle through it in the {@link EquationGraph} along which every cell can move
 * by one (up for some, down for others) and stay within what a reader knows of it. That move gives a
 * second table consistent with everything published in which the disclosed cell, and every cell of the
 * cycle, has a different value; so after hiding them none of them can be worked out.
 *
 * <p>The cycle's first steps are the cells sharing the disclosed cell's row or column; the search
 * (Dijkstra's, from one end of the cell to the other) extends that choice to the further cells that
 * hiding needs, instead of hiding one neighbour at a time and finding that a reader still has it.
 * Cells already suppressed cost nothing, so cycles through them are preferred.
 */
final class ProtectingCycle {

    private final CountTable table;
    private final EquationGraph graph;
    private final int threshold;

    ProtectingCycle(CountTable table, EquationGraph graph, int threshold) {
        this.table = table;
        this.graph = graph;
        this.threshold = threshold;
    }

    /**
     * The published cells to hide so that {@code target} can be told apart from a neighbouring value,
     * or empty when no cycle through it can move (the target cannot be protected under this pattern
     * by hiding anything).
     */
    Optional<List<Cell>> cellsToHide(Cell target, Map<Cell, CellState> states) {
        Optional<Path> up = cheapestCycle(target, states, 1);
        Optional<Path> down = cheapestCycle(target, states, -1);
        Optional<Path> best = up.isEmpty() ? down
                : down.isEmpty() || up.get().cost.compareTo(down.get().cost) <= 0 ? up : down;
        return best.map(path -> path.cells.stream().filter(cell -> !states.get(cell).isSuppressed()).toList());
    }

    private record Path(HidingCost cost, List<Cell> cells) {
    }

    /** A node reached at a cost; ties go to the lower node, so the search is the same on every run. */
    private record Reached(HidingCost cost, int node) implements Comparable<Reached> {
        @Override
        public int compareTo(Reached other) {
            int byCost = cost.compareTo(other.cost);
            return byCost != 0 ? byCost : Integer.compare(node, other.node);
        }
    }

    /**
     * Dijkstra's search from the target's column end back to its row end, using each cell only in the
     * direction the move allows it; {@code sign} is the direction of the cycle's running quantity.
     */
    private Optional<Path> cheapestCycle(Cell target, Map<Cell, CellState> states, int sign) {
        int start = graph.columnEndOf(target);
        int goal = graph.rowEndOf(target);
        if (!canMove(target, graph.change(target, start) * sign, states)) {
            return Optional.empty();
        }
        HidingCost[] cost = new HidingCost[graph.nodeCount()];
        Cell[] reachedBy = new Cell[graph.nodeCount()];
        boolean[] settled = new boolean[graph.nodeCount()];
        cost[start] = HidingCost.NOTHING;
        PriorityQueue<Reached> queue = new PriorityQueue<>();
        queue.add(new Reached(HidingCost.NOTHING, start));
        while (!queue.isEmpty()) {
            int node = queue.poll().node();
            if (settled[node]) {
                continue;
            }
            settled[node] = true;
            if (node == goal) {
                return Optional.of(new Path(cost[goal], pathTo(goal, start, reachedBy)));
            }
            for (Cell cell : graph.cellsAt(node)) {
                int next = graph.otherEnd(cell, node);
                if (cell.equals(target) || settled[next] || !canMove(cell, graph.change(cell, next) * sign, states)) {
                    continue;
                }
                HidingCost through = cost[node].plus(states.get(cell).isSuppressed() ? HidingCost.NOTHING
                        : HidingCost.ofHiding(cell, table.value(cell)));
                if (cost[next] == null || through.compareTo(cost[next]) < 0) {
                    cost[next] = through;
                    reachedBy[next] = cell;
                    queue.add(new Reached(through, next));
                }
            }
        }
        return Optional.empty();
    }

    private List<Cell> pathTo(int goal, int start, Cell[] reachedBy) {
        List<Cell> cells = new ArrayList<>();
        for (int node = goal; node != start; node = graph.otherEnd(reachedBy[node], node)) {
            cells.add(reachedBy[node]);
        }
        return cells;
    }

    /**
     * Whether the cell can change by {@code change} (+1 or -1) and stay within what a reader knows of
     * it once it is suppressed: a small count stays within 1..threshold-1, any other count at least
     * the threshold (so a zero, which is never hidden, cannot move at all).
     */
    private boolean canMove(Cell cell, int change, Map<Cell, CellState> states) {
        int moved = table.value(cell) + change;
        return states.get(cell) == CellState.SMALL ? moved >= 1 && moved <= threshold - 1 : moved >= threshold;
    }
}
