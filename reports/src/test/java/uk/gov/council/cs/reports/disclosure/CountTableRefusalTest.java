package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Input a table cannot be built from, each refused with a message saying what is wrong and where. */
class CountTableRefusalTest {

    @Test
    void aNegativeCount() {
        assertRefused(() -> CountTable.withColumns("Phone", "Web").row("Asian", 4, -1),
                "Row \"Asian\", column \"Web\": the count -1 is negative; counts are 0 or more");
    }

    @Test
    void aRowShorterThanTheColumns() {
        assertRefused(() -> CountTable.withColumns("Phone", "Web", "E-mail").row("Asian", 4, 5),
                "Row \"Asian\" has 2 counts but the table has 3 columns [Phone, Web, E-mail]");
    }

    @Test
    void aRowLongerThanTheColumns() {
        assertRefused(() -> CountTable.withColumns("Phone").row("Asian", 4, 5),
                "Row \"Asian\" has 2 counts but the table has 1 columns [Phone]");
    }

    @Test
    void raggedRowsGivenAsAnArray() {
        assertRefused(() -> CountTable.of(List.of("x", "y"), List.of("a", "b"), new int[][] {{1, 2}, {3}}),
                "Row \"y\" has 1 counts but the table has 2 columns [a, b]");
    }

    @Test
    void moreRowLabelsThanRows() {
        assertRefused(() -> CountTable.of(List.of("x", "y"), List.of("a"), new int[][] {{1}}),
                "There are 2 row labels but 1 rows of counts");
    }

    @Test
    void noColumns() {
        assertRefused(() -> CountTable.withColumns(), "A table needs at least one column");
    }

    @Test
    void noRows() {
        assertRefused(() -> CountTable.withColumns("Phone").build(), "A table needs at least one row");
    }

    @Test
    void aBlankLabel() {
        assertRefused(() -> CountTable.withColumns("Phone", " "), "A column label is missing or blank: [Phone,  ]");
        assertRefused(() -> CountTable.withColumns("Phone").row(null, 1),
                "A row label is missing or blank: [null]");
    }

    @Test
    void aLabelUsedTwice() {
        assertRefused(() -> CountTable.withColumns("Phone", "Phone"),
                "The column label \"Phone\" is used twice; labels must tell the columns apart");
        assertRefused(() -> CountTable.withColumns("Phone").row("Asian", 1).row("Asian", 2),
                "The row label \"Asian\" is used twice; labels must tell the rows apart");
    }

    @Test
    void totalsTooLargeForAnInt() {
        assertRefused(() -> CountTable.withColumns("a", "b").row("x", Integer.MAX_VALUE, 1).build(),
                "The table's totals are too large for an int");
    }

    @Test
    void aCellTheTableDoesNotHave() {
        CountTable table = CountTable.withColumns("a").row("x", 1).withoutRowTotals().build();
        assertRefused(() -> table.value(Cell.of(1, 0)), "The table has no cell (1, 0) (it has 1 rows, 1 columns"
                + " and no row totals)");
        assertRefused(() -> table.value(Cell.rowTotal(0)), "The table has no total of row 0 (it has 1 rows,"
                + " 1 columns and no row totals)");
    }

    private static void assertRefused(Executable building, String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, building);
        assertEquals(message, refused.getMessage());
    }
}
