package uk.gov.council.cs.reports.disclosure;

/**
 * The values a reader can narrow a suppressed cell down to: the least and greatest the cell can be
 * given everything published (infinite when nothing bounds it above).
 */
record AttackerRange(double lowest, double highest) {

    /** Slack for the simplex solver's floating point: its optima on these tables are whole numbers. */
    private static final double TOLERANCE = 1e-6;

    /** How many whole numbers the range holds, capped at a large number when unbounded. */
    long wholeNumbers() {
        if (Double.isInfinite(highest)) {
            return Long.MAX_VALUE;
        }
        long least = (long) Math.ceil(lowest - TOLERANCE);
        long greatest = (long) Math.floor(highest + TOLERANCE);
        return Math.max(0, greatest - least + 1);
    }

    /** Whether a reader can tell the cell's value: fewer than two whole numbers remain possible. */
    boolean disclosesValue() {
        return wholeNumbers() < 2;
    }
}
