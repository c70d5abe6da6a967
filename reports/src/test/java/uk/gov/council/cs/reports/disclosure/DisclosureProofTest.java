package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.reports.disclosure.Tables.row;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guarantee itself, checked without the implementation's linear programme: for each table, a
 * brute-force reader ({@link BruteForceAttacker}) enumerates whole-number tables that fit everything
 * published, and every suppressed cell must take at least two different values among them. The only
 * exceptions allowed are the cells the result itself declares derivable, and for those the reader
 * must find exactly one value even with every non-zero cell suppressed (so no suppression could have
 * saved them). The true table must always fit what is published. The reader knows that a "[c]" is
 * neither 0 nor small, which is more than "0 or more", so this is the stricter check.
 */
class DisclosureProofTest {

    private static final long SEED = 20_240_401L;
    private static final int RANDOM_TABLES = 400;

    static Stream<CountTable> handMadeTables() {
        return Stream.of(
                Tables.table(row(1, 10), row(10, 10)),
                Tables.table(row(3, 20, 30), row(15, 25, 35)),
                Tables.table(row(3, 20), row(15, 25), row(12, 40)),
                Tables.table(row(2, 0, 9), row(0, 0, 7), row(8, 6, 12)),
                Tables.table(row(1, 2, 3), row(4, 5, 6), row(7, 8, 9)),
                Tables.table(row(1, 1, 1, 1), row(20, 30, 40, 50)),
                Tables.table(row(1, 1), row(1, 1)),
                Tables.table(row(2, 1), row(0, 0)),
                Tables.table(row(0, 0), row(0, 0)),
                Tables.table(row(12, 0, 0), row(0, 3, 0), row(0, 0, 25)),
                Tables.table(row(7), row(2), row(30)),
                Tables.table(row(7, 2, 30)),
                Tables.tableWithoutRowTotals(row(3, 20), row(15, 25), row(12, 40)),
                Tables.tableWithoutRowTotals(row(1, 1, 1), row(6, 6, 6)),
                Tables.tableWithoutRowTotals(row(10, 20), row(5, 30), row(1, 40)),
                Tables.tableWithoutRowTotals(row(10, 0, 0), row(5, 10, 8), row(1, 0, 3)),
                Tables.table(row(4, 1, 1, 7), row(11, 5, 1, 11), row(3, 0, 1, 8), row(3, 4, 0, 8)),
                Tables.table(row(3, 6, 9, 12), row(4, 8, 12, 16), row(5, 10, 15, 20), row(1, 0, 0, 2)));
    }

    @ParameterizedTest(name = "hand-made table {index}")
    @MethodSource("handMadeTables")
    void noSuppressedCellOfAHandMadeTableCanBeWorkedOut(CountTable table) {
        assertNothingDerivable(table, DisclosureControl.DEFAULT_THRESHOLD);
    }

    @Test
    void noSuppressedCellOfAnyOfSomeHundredsOfRandomTablesCanBeWorkedOut() {
        Random random = new Random(SEED);
        int unprotectable = 0;
        int suppressed = 0;
        for (int i = 0; i < RANDOM_TABLES; i++) {
            CountTable table = randomTable(random);
            int threshold = i % 10 == 0 ? 3 : i % 10 == 1 ? 10 : 5;
            ProtectedTable result = assertNothingDerivable(table, threshold);
            unprotectable += result.isFullyProtected() ? 0 : 1;
            suppressed += result.cellsIn(CellState.SMALL).size() + result.cellsIn(CellState.HIDDEN).size();
        }
        // The random tables must actually exercise suppression, and mostly be protectable.
        assertTrue(suppressed > RANDOM_TABLES, "only " + suppressed + " cells suppressed in all the tables");
        assertTrue(unprotectable < RANDOM_TABLES / 10, unprotectable + " random tables could not be protected");
    }

    /** 2 to 4 rows by 2 to 4 columns of counts 0 to 12, heavy in small counts and zeros. */
    private static CountTable randomTable(Random random) {
        int rows = 2 + random.nextInt(3);
        int columns = 2 + random.nextInt(3);
        int[][] counts = new int[rows][columns];
        for (int[] row : counts) {
            for (int c = 0; c < columns; c++) {
                double kind = random.nextDouble();
                row[c] = kind < 0.2 ? 0 : kind < 0.65 ? 1 + random.nextInt(4) : 5 + random.nextInt(8);
            }
        }
        return Tables.build(counts, random.nextInt(5) != 0);
    }

    private static ProtectedTable assertNothingDerivable(CountTable table, int threshold) {
        ProtectedTable result = new DisclosureControl(threshold).protect(table);
        Published.assertNothingDerivable(table, result);
        return result;
    }
}
