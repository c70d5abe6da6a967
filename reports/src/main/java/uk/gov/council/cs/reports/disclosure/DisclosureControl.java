package uk.gov.council.cs.reports.disclosure;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Small-number suppression for published tables of counts, as UK government statistics do it: counts
 * from 1 to threshold-1 are shown as the words "1 to 4" (primary suppression), and further cells are
 * hidden as "[c]" (secondary suppression) until no suppressed count can be worked out from the rest of
 * the table and its totals. Zero is not disclosive and is published.
 *
 * <p>The threshold is configuration: 5 by default (and for sensitive subjects such as equality data),
 * 3 for the plain "1 or 2 are unsafe" rule, 10 where a table follows ONS practice.
 */
public final class DisclosureControl {

    public static final int DEFAULT_THRESHOLD = 5;

    /** Below 3 there would be a single small value, so "1 to 1" would publish it. */
    public static final int LEAST_THRESHOLD = 3;

    private final int threshold;

    /** Suppression of counts 1 to 4. */
    public DisclosureControl() {
        this(DEFAULT_THRESHOLD);
    }

    /** Suppression of counts 1 to {@code threshold - 1}. */
    public DisclosureControl(int threshold) {
        if (threshold < LEAST_THRESHOLD) {
            throw new IllegalArgumentException("The suppression threshold must be at least " + LEAST_THRESHOLD
                    + " (counts 1 and 2 are always unsafe, and a range of one value would publish it); got "
                    + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count is small enough to identify someone: 1 to threshold-1. */
    public boolean isSmall(int count) {
        return count > 0 && count < threshold;
    }

    /** Applies primary and then secondary suppression to the table. */
    public ProtectedTable protect(CountTable table) {
        Objects.requireNonNull(table, "table");
        Map<Cell, CellState> primary = new HashMap<>();
        for (Cell cell : table.cells()) {
            primary.put(cell, isSmall(table.value(cell)) ? CellState.SMALL : CellState.PUBLISHED);
        }
        SecondarySuppression.Outcome outcome = new SecondarySuppression(table, threshold, primary).run();
        return new ProtectedTable(table, threshold, outcome.states(), outcome.unprotectable());
    }
}
