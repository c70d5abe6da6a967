package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Builds test tables from arrays of counts, and prints suppression patterns for failure messages. */
final class Tables {

    private Tables() {
    }

    /** A table with row totals, rows labelled "r0", "r1", ... and columns "c0", "c1", ... */
    static CountTable table(int[]... counts) {
        return build(counts, true);
    }

    static CountTable tableWithoutRowTotals(int[]... counts) {
        return build(counts, false);
    }

    static CountTable build(int[][] counts, boolean rowTotals) {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < counts[0].length; c++) {
            columns.add("c" + c);
        }
        CountTable.Builder builder = CountTable.withColumns(columns);
        for (int r = 0; r < counts.length; r++) {
            builder.row("r" + r, counts[r]);
        }
        if (!rowTotals) {
            builder.withoutRowTotals();
        }
        return builder.build();
    }

    static int[] row(int... counts) {
        return counts;
    }

    /** The table as printed, with the counts behind it, for a failure message a reader can follow. */
    static String describe(CountTable table, ProtectedTable result) {
        return "\ncounts:\n" + Arrays.stream(countsOf(table)).map(Arrays::toString).collect(Collectors.joining("\n"))
                + (table.rowTotalsPublished() ? "" : "\n(no row totals)")
                + "\nthreshold " + result.threshold() + ", published as:\n" + result + "\n";
    }

    static int[][] countsOf(CountTable table) {
        int[][] counts = new int[table.rowCount()][table.columnCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                counts[r][c] = table.count(r, c);
            }
        }
        return counts;
    }
}
