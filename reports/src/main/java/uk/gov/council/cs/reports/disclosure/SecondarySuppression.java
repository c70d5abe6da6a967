package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hides further cells until no suppressed cell can be worked out from what is published.
 *
 * <p>The loop: audit every suppressed cell with the linear programme ({@link DisclosureAudit}); take
 * the first one (in reading order) a reader could work out; hide the published cells of the cheapest
 * cycle of equations through it ({@link ProtectingCycle}); audit again. The audit, not the cycle, is
 * what decides that the table is safe; the cycle only decides what to hide.
 *
 * <p>Why it ends: hiding a cell only ever widens what a reader must allow for, so a cell once shown
 * safe stays safe (and is not audited again), and every round hides at least one more cell.
 *
 * <p>Zeros are never hidden: a zero is not disclosive, and a reader who knows that "[c]" is never 0
 * (nor small, which would say "1 to 4") knows every hidden cell is at least the threshold.
 *
 * <p>Some cells cannot be protected by any suppression: when even a table with every non-zero cell
 * suppressed pins them (four cells of "1 to 4" in a row whose total is "1 to 4" must all be 1). Such
 * a cell is left as it is and reported, rather than hiding the whole table in a vain attempt.
 */
final class SecondarySuppression {

    private final CountTable table;
    private final int threshold;
    private final ProtectingCycle cycles;
    private final Map<Cell, CellState> states;
    private final Set<Cell> provenSafe = new HashSet<>();
    private final Map<Cell, Boolean> unprotectable = new HashMap<>();
    private DisclosureAudit everythingSuppressed;

    /** The outcome: every cell's state, and the suppressed cells no suppression can protect. */
    record Outcome(Map<Cell, CellState> states, Set<Cell> unprotectable) {
    }

    SecondarySuppression(CountTable table, int threshold, Map<Cell, CellState> primary) {
        this.table = table;
        this.threshold = threshold;
        this.cycles = new ProtectingCycle(table, new EquationGraph(table), threshold);
        this.states = new TreeMap<>(primary);
    }

    Outcome run() {
        while (true) {
            List<Cell> disclosed = disclosedCells();
            List<Cell> protectable = disclosed.stream().filter(cell -> !isUnprotectable(cell)).toList();
            if (protectable.isEmpty()) {
                return new Outcome(states, new TreeSet<>(disclosed));
            }
            Cell target = protectable.get(0);
            List<Cell> toHide = cycles.cellsToHide(target, states).orElse(List.of());
            if (toHide.isEmpty()) {
                // A protectable cell always has a protecting cycle, which would not be empty had the
                // audit found it disclosed; so this is only for rounding in the solver, and hiding one
                // more cell keeps the loop making progress.
                toHide = List.of(cheapestHideableCell(target));
            }
            toHide.forEach(cell -> states.put(cell, CellState.HIDDEN));
        }
    }

    /** The suppressed cells a reader can work out, in reading order. */
    private List<Cell> disclosedCells() {
        DisclosureAudit audit = new DisclosureAudit(table, states, threshold);
        List<Cell> disclosed = new ArrayList<>();
        for (Cell cell : table.cells()) {
            if (!states.get(cell).isSuppressed() || provenSafe.contains(cell)) {
                continue;
            }
            if (unprotectable.getOrDefault(cell, false) || audit.rangeOf(cell).disclosesValue()) {
                disclosed.add(cell);
            } else {
                provenSafe.add(cell);
            }
        }
        return disclosed;
    }

    /**
     * The fallback choice: the cheapest cell that can still be hidden, anywhere in the table. One
     * exists while the target is protectable, because with every hideable cell suppressed the
     * target's range would be as wide as with every non-zero cell suppressed.
     */
    private Cell cheapestHideableCell(Cell target) {
        return table.cells().stream().filter(this::isHideable)
                .min(Comparator.<Cell, HidingCost>comparing(cell -> HidingCost.ofHiding(cell, table.value(cell)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow(() -> new IllegalStateException(target + " is protectable but no cell is left to hide"));
    }

    /** Published, not zero (a zero is never hidden: it is not disclosive), and not pinned whatever is hidden. */
    private boolean isHideable(Cell cell) {
        return states.get(cell) == CellState.PUBLISHED && table.value(cell) > 0 && !isUnprotectable(cell);
    }

    /** Whether a reader could work the cell out even with every non-zero cell of the table suppressed. */
    private boolean isUnprotectable(Cell cell) {
        return unprotectable.computeIfAbsent(cell, c -> {
            if (everythingSuppressed == null) {
                Map<Cell, CellState> all = new HashMap<>();
                for (Cell any : table.cells()) {
                    all.put(any, states.get(any) == CellState.SMALL ? CellState.SMALL
                            : table.value(any) == 0 ? CellState.PUBLISHED : CellState.HIDDEN);
                }
                everythingSuppressed = new DisclosureAudit(table, all, threshold);
            }
            return everythingSuppressed.rangeOf(c).disclosesValue();
        });
    }
}
