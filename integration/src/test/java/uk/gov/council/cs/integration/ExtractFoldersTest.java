package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractFoldersTest {

    @Test
    void aFileLeftHalfReadGoesBackToTheInboxWithItsDoneFile(@TempDir Path root) throws Exception {
        ExtractFolders folders = new ExtractFolders(root);
        folders.create();
        Files.writeString(folders.processing().resolve("tenancies-full.csv"), "rows");
        assertEquals(1, folders.returnUnfinished());
        assertTrue(Files.exists(folders.inbox().resolve("tenancies-full.csv")));
        assertTrue(Files.exists(folders.inbox().resolve("tenancies-full.csv.done")));
        assertFalse(Files.exists(folders.processing().resolve("tenancies-full.csv")));
        assertEquals(0, folders.returnUnfinished());
    }

    @Test
    void theReasonAFileWasSetAsideIsWrittenBesideIt(@TempDir Path root) throws Exception {
        ExtractFolders folders = new ExtractFolders(root);
        folders.create();
        folders.explainFailure("tenancies.csv", "The header row has no column uprn.");
        assertEquals("The header row has no column uprn.", Files.readString(folders.failed().resolve("tenancies.csv.reason.txt")).strip());
    }

    @Test
    void processedDaysAndFailedFilesOlderThanTheKeptDaysAreDeleted(@TempDir Path root) throws Exception {
        ExtractFolders folders = new ExtractFolders(root);
        folders.create();
        Path old = Files.createDirectories(folders.done().resolve("2026-10-01"));
        Files.writeString(old.resolve("a.csv"), "x");
        Files.writeString(old.resolve("b.csv"), "x");
        Path recent = Files.createDirectories(folders.done().resolve("2026-11-30"));
        Files.writeString(recent.resolve("c.csv"), "x");
        Files.createDirectories(folders.done().resolve("not-a-date"));
        Path failedOld = Files.writeString(folders.failed().resolve("d.csv"), "x");
        Files.setLastModifiedTime(failedOld, FileTime.from(Instant.parse("2026-10-01T12:00:00Z")));
        Path failedNew = Files.writeString(folders.failed().resolve("e.csv"), "x");
        Files.setLastModifiedTime(failedNew, FileTime.from(Instant.parse("2026-11-30T12:00:00Z")));

        assertEquals(3, folders.deleteBefore(LocalDate.of(2026, 11, 4)));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent.resolve("c.csv")));
        assertTrue(Files.exists(folders.done().resolve("not-a-date")));
        assertFalse(Files.exists(failedOld));
        assertTrue(Files.exists(failedNew));
    }
}
