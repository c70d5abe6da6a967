package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A file still being written is not read until the housing system says it is complete (its done
 * file); a file that is not the extract (a column missing, another encoding) is set aside whole with
 * its reason, and nothing of it is applied.
 */
class TenancyExtractFilesIT extends DeployedCouncil {

    @Test
    void aFileIsReadOnlyOnceItsDoneFileSaysItIsComplete() throws Exception {
        String u = Council.uniqueSurname();
        String name = "tenancies-" + u + "-partial.csv";
        String row = "TEN-P" + u + ",P-1,secure,2020-06-01,,,,7,Choumert Road,,London,SE15 4AR,Ola," + u + ",1975-08-08,,,\n";
        TenancyFolder.write(name, (TenancyFolder.HEADER + row).getBytes(StandardCharsets.UTF_8));
        Thread.sleep(3000); // six polls of the inbox
        assertTrue(Files.exists(TenancyFolder.inbox().resolve(name)), "not read while its done file is missing");
        assertFalse(HousingEventsIT.record("housing-tenancies", "TEN-P" + u.toUpperCase(Locale.UK) + ":P-1").isPresent());

        TenancyFolder.markDone(name);
        Council.eventually(Duration.ofSeconds(30), "read once complete",
                () -> HousingEventsIT.record("housing-tenancies", "TEN-P" + u.toUpperCase(Locale.UK) + ":P-1").isPresent());
        Council.eventually(Duration.ofSeconds(10), "the done file cleared", () -> !Files.exists(TenancyFolder.inbox().resolve(name + ".done")));
    }

    @Test
    void aFileWithAColumnMissingIsSetAsideWholeWithItsReason() throws Exception {
        String u = Council.uniqueSurname();
        String name = "tenancies-" + u + "-columns.csv";
        TenancyFolder.drop(name, TenancyFolder.HEADER.replace(",uprn", "") + "TEN-C" + u
                + ",P-1,secure,2020-06-01,,,7,Choumert Road,,London,SE15 4AR,Ola," + u + ",1975-08-08,,,\n");
        Path failed = setAside(name);
        assertEquals("The header row has no column uprn. The extract's columns are " + TenancyFolder.HEADER.strip()
                + " (in any order).", Files.readString(failed.resolveSibling(name + ".reason.txt")).strip());
        assertFalse(HousingEventsIT.record("housing-tenancies", "TEN-C" + u.toUpperCase(Locale.UK) + ":P-1").isPresent());
    }

    @Test
    void aFileSavedInAnotherEncodingIsSetAsideWholeWithItsReason() throws Exception {
        String u = Council.uniqueSurname();
        String name = "tenancies-" + u + "-latin1.csv";
        TenancyFolder.drop(name, (TenancyFolder.HEADER + "TEN-E" + u + ",P-1,secure,2020-06-01,,,,7,Choumert Road,,London,SE15 4AR,"
                + "Zoë," + u + ",1975-08-08,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        Path failed = setAside(name);
        assertTrue(Files.readString(failed.resolveSibling(name + ".reason.txt")).startsWith("The file is not UTF-8 text"));
        assertFalse(HousingEventsIT.record("housing-tenancies", "TEN-E" + u.toUpperCase(Locale.UK) + ":P-1").isPresent());
    }

    private static Path setAside(String name) {
        Council.eventually(Duration.ofSeconds(30), name + " set aside",
                () -> TenancyFolder.processed(name).filter(p -> p.toString().contains("/failed/")).isPresent());
        return TenancyFolder.processed(name).orElseThrow();
    }
}
