package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A table the size of the equality report's: 19 ethnic groups, "Prefer not to say" and "Not asked",
 * by four channels, many of the counts small. It is protected in well under a few seconds, keeps its
 * grand total, and the result does not depend on the run.
 */
class EqualityReportTableTest {

    private static final List<String> ETHNIC_GROUPS = List.of("Bangladeshi", "Chinese", "Indian", "Pakistani",
            "Other Asian", "African", "Caribbean", "Other Black", "White and Asian", "White and Black African",
            "White and Black Caribbean", "Other Mixed", "English, Welsh, Scottish, Northern Irish or British", "Irish",
            "Gypsy or Irish Traveller", "Roma", "Other White", "Arab", "Any other ethnic group", "Prefer not to say",
            "Not asked");

    private static CountTable contactsByChannel(long seed) {
        Random random = new Random(seed);
        CountTable.Builder builder = CountTable.withColumns("Phone", "Web", "E-mail", "Face to face");
        for (String group : ETHNIC_GROUPS) {
            int[] counts = new int[4];
            for (int c = 0; c < 4; c++) {
                double kind = random.nextDouble();
                counts[c] = kind < 0.15 ? 0 : kind < 0.5 ? 1 + random.nextInt(4) : 5 + random.nextInt(300);
            }
            builder.row(group, counts);
        }
        return builder.build();
    }

    @Test
    void aFullSizeTableIsProtectedQuickly() {
        for (long seed = 1; seed <= 5; seed++) {
            CountTable table = contactsByChannel(seed);
            ProtectedTable result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> new DisclosureControl().protect(table));
            assertTrue(result.isFullyProtected(), result.toString());
            assertEquals(CellState.PUBLISHED, result.state(Cell.grandTotal()), result.toString());
            assertTrue(result.cellsIn(CellState.SMALL).size() > 15, "the table should have many small counts");
        }
    }

    @Test
    void theResultIsTheSameOnEveryRun() {
        List<String> first = Published.printedRows(new DisclosureControl().protect(contactsByChannel(7)));
        List<String> second = Published.printedRows(new DisclosureControl().protect(contactsByChannel(7)));
        assertEquals(first, second);
    }
}
