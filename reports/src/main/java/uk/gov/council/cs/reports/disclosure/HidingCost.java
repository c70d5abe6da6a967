package uk.gov.council.cs.reports.disclosure;

import java.util.Comparator;

/**
 * What hiding some published cells costs the table's readers, compared in this order: hiding the
 * grand total (the figure most wanted), the sum of the counts hidden (the information lost: the
 * smallest counts are preferred), and the number of cells hidden. (Zeros are never hidden at all.)
 */
record HidingCost(int grandTotals, long counts, int cells) implements Comparable<HidingCost> {

    static final HidingCost NOTHING = new HidingCost(0, 0, 0);

    private static final Comparator<HidingCost> ORDER = Comparator.comparingInt(HidingCost::grandTotals)
            .thenComparingLong(HidingCost::counts)
            .thenComparingInt(HidingCost::cells);

    /** The cost of hiding one published cell holding {@code count}. */
    static HidingCost ofHiding(Cell cell, int count) {
        return new HidingCost(cell.isGrandTotal() ? 1 : 0, count, 1);
    }

    HidingCost plus(HidingCost other) {
        return new HidingCost(grandTotals + other.grandTotals, counts + other.counts, cells + other.cells);
    }

    @Override
    public int compareTo(HidingCost other) {
        return ORDER.compare(this, other);
    }
}
