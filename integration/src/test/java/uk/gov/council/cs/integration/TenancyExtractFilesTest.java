package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenancyExtractFilesTest {

    @Test
    void aFileSavedInAnotherEncodingIsRefusedWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tenancies.csv");
        Files.write(file, (String.join(",", TenancyExtract.COLUMNS) + "\nTEN-1,P-1,secure,2019-04-01,,,,1,Rue,,London,SE15 4QB,"
                + "Zoë,Brontë,1984-03-02,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        TenancyExtract.Unreadable e = assertThrows(TenancyExtract.Unreadable.class, () -> TenancyExtractFiles.checkEncoding(file));
        assertTrue(e.getMessage().startsWith("The file is not UTF-8 text"), e.getMessage());
    }

    @Test
    void aUtf8FileIsReadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tenancies.csv");
        Files.writeString(file, "Zoë Brontë\n", StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> TenancyExtractFiles.checkEncoding(file));
    }
}
