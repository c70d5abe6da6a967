package uk.gov.council.cs.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of the service list is a service or a refused row with its reason; none is dropped. */
class LgslFileTest {

    private static LgslFile.Contents read(String csv) throws LgslFile.Unreadable {
        return LgslFile.read(new StringReader(csv));
    }

    @Test
    void readsLabelsAndIdentifiersInEitherOrder() throws Exception {
        assertEquals(List.of(new LgslFile.Row(524, "Bins"), new LgslFile.Row(12, "Council Tax, paying")),
                read("Label,Identifier\nBins,524\n\"Council Tax, paying\",12\n").rows());
        assertEquals(List.of(new LgslFile.Row(524, "Bins")), read("Identifier,Label,Extra\n524,Bins,x\n").rows());
    }

    @Test
    void headerNamesAreNotCaseSensitiveAndBlankLinesAreIgnored() throws Exception {
        assertEquals(1, read("label,IDENTIFIER\n\nBins,524\n\n").rows().size());
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndReasonAndKeptAsOneRowFiles() throws Exception {
        LgslFile.Contents c = read("Label,Identifier\nBins,524\n,525\nParks,abc\nLibraries,0\nRoads,524\nShort\n");
        assertEquals(1, c.rows().size());
        List<String> reasons = c.refused().stream().map(LgslFile.RefusedRow::reason).toList();
        assertEquals(List.of("Line 3: the Label is empty.",
                "Line 4: the Identifier \"abc\" is not a whole number.",
                "Line 5: the Identifier 0 is not an LGSL service number.",
                "Line 6: identifier 524 was already given on line 2.",
                "Line 7 has fewer columns than the header."), reasons);
        assertEquals("Label,Identifier\nParks,abc", c.refused().get(1).text(), "a refused row can be corrected and imported alone");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() {
        LgslFile.Unreadable e = assertThrows(LgslFile.Unreadable.class, () -> read("Name,Code\nBins,524\n"));
        assertTrue(e.getMessage().contains("Label and Identifier") && e.getMessage().contains("Name, Code"), e.getMessage());
    }
}
