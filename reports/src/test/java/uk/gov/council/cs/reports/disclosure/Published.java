package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Assertions about a protected table, in terms of what it prints. */
final class Published {

    private Published() {
    }

    /**
     * Asserts the printed table, one string per row with cells separated by "|": each row's cells and
     * then its total (where row totals are published), and last the column totals and the grand total.
     */
    static void assertPublishedAs(ProtectedTable result, String... expectedRows) {
        List<String> expected = Arrays.stream(expectedRows).map(Published::normalise).toList();
        assertEquals(expected, printedRows(result), "published as:\n" + result + "\n");
    }

    static List<String> printedRows(ProtectedTable result) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < result.rowCount(); r++) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < result.columnCount(); c++) {
                texts.add(result.text(Cell.of(r, c)));
            }
            if (result.rowTotalsPublished()) {
                texts.add(result.text(Cell.rowTotal(r)));
            }
            rows.add(String.join(" | ", texts));
        }
        List<String> totals = new ArrayList<>();
        for (int c = 0; c < result.columnCount(); c++) {
            totals.add(result.text(Cell.columnTotal(c)));
        }
        totals.add(result.text(Cell.grandTotal()));
        rows.add(String.join(" | ", totals));
        return rows;
    }

    private static String normalise(String row) {
        return Arrays.stream(row.split("\\|")).map(String::strip).collect(Collectors.joining(" | "));
    }

    /**
     * The derivation check, by brute force and independent of the implementation's linear programme:
     * the true table fits what is published, and every suppressed cell takes at least two values
     * among the tables that fit, except the cells the result declares derivable, which take exactly
     * one, and would even with every non-zero cell suppressed (so that no suppression could save them).
     */
    static void assertNothingDerivable(CountTable table, ProtectedTable result) {
        String described = Tables.describe(table, result);
        BruteForceAttacker reader = BruteForceAttacker.reading(result);
        assertTrue(reader.accepts(Tables.countsOf(table)), "the true table does not fit what is published" + described);
        BruteForceAttacker readerOfEverything = BruteForceAttacker.readingEverythingSuppressed(table, result.threshold());
        List<String> problems = new ArrayList<>();
        for (Cell cell : result.cells()) {
            if (!result.isSuppressed(cell)) {
                continue;
            }
            Set<Integer> values = reader.twoPossibleValues(cell);
            if (values.isEmpty()) {
                problems.add(cell + ": no table fits what is published");
            } else if (result.derivableCells().contains(cell)) {
                if (values.size() != 1) {
                    problems.add(cell + " is declared derivable but can be any of " + values);
                }
                if (readerOfEverything.twoPossibleValues(cell).size() != 1) {
                    problems.add(cell + " is declared unprotectable but suppressing more would protect it");
                }
                if (result.state(cell) != CellState.SMALL) {
                    problems.add(cell + " is declared derivable but is not a small count");
                }
            } else if (values.size() < 2) {
                problems.add(cell + " is " + values.iterator().next() + " in every table that fits");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + described);
        }
        assertEquals(result.derivableCells().isEmpty(), result.isFullyProtected(), described);
    }
}
