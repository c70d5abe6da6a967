package uk.gov.council.cs.reports.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing a reader knows about a published table without seeing any number: these cells add up to
 * that total. These equations are what lets a reader work a hidden cell out from the others, and what
 * the audit solves.
 */
record SumConstraint(List<Cell> parts, Cell total) {

    SumConstraint {
        parts = List.copyOf(parts);
    }

    /**
     * The equations of a table: each row's cells make its total (only where row totals are published,
     * since otherwise a reader has nothing to add them up to), each column's cells make its total, and
     * the row totals and the column totals each make the grand total.
     */
    static List<SumConstraint> of(CountTable table) {
        List<SumConstraint> constraints = new ArrayList<>();
        if (table.rowTotalsPublished()) {
            for (int r = 0; r < table.rowCount(); r++) {
                List<Cell> row = new ArrayList<>();
                for (int c = 0; c < table.columnCount(); c++) {
                    row.add(Cell.of(r, c));
                }
                constraints.add(new SumConstraint(row, Cell.rowTotal(r)));
            }
        }
        for (int c = 0; c < table.columnCount(); c++) {
            List<Cell> column = new ArrayList<>();
            for (int r = 0; r < table.rowCount(); r++) {
                column.add(Cell.of(r, c));
            }
            constraints.add(new SumConstraint(column, Cell.columnTotal(c)));
        }
        if (table.rowTotalsPublished()) {
            List<Cell> rowTotals = new ArrayList<>();
            for (int r = 0; r < table.rowCount(); r++) {
                rowTotals.add(Cell.rowTotal(r));
            }
            constraints.add(new SumConstraint(rowTotals, Cell.grandTotal()));
        }
        List<Cell> columnTotals = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            columnTotals.add(Cell.columnTotal(c));
        }
        constraints.add(new SumConstraint(columnTotals, Cell.grandTotal()));
        return List.copyOf(constraints);
    }
}
