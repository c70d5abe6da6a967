package uk.gov.council.cs.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of a feed that arrives as files: the system drops a file in {@code inbox} and then an
 * empty {@code <name>.done} beside it (so a file still being written is never read); the file is read
 * from {@code processing}, then kept in {@code done/<date>} or, if it could not be read at all, in
 * {@code failed} with a {@code <name>.reason.txt} saying why. Processed and failed files hold
 * personal data, so they are kept only for a configured number of days.
 */
final class ExtractFolders {

    static final String DONE_SUFFIX = ".done";

    private final Path root;

    ExtractFolders(Path root) {
        this.root = root;
    }

    /** The same folder as {@link uk.gov.council.cs.backoffice.Feed#inbox()} for the feed's root. */
    Path inbox() {
        return root.resolve("inbox");
    }

    Path processing() {
        return root.resolve("processing");
    }

    Path done() {
        return root.resolve("done");
    }

    Path failed() {
        return root.resolve("failed");
    }

    void create() {
        for (Path p : List.of(inbox(), processing(), done(), failed())) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the feed's folder " + p, e);
            }
        }
    }

    /**
     * Files a stopped server left half-read go back to the inbox, with their done file, to be read again from the
     * top: rows already applied are counted as duplicates and change nothing. Answers how many went back.
     */
    int returnUnfinished() {
        int returned = 0;
        try (Stream<Path> files = Files.list(processing())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path back = inbox().resolve(file.getFileName());
                Files.move(file, back, StandardCopyOption.REPLACE_EXISTING);
                Path marker = inbox().resolve(file.getFileName() + DONE_SUFFIX);
                if (!Files.exists(marker)) {
                    Files.createFile(marker);
                }
                returned++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not return unfinished files to " + inbox(), e);
        }
        return returned;
    }

    /** Writes why a file was set aside, beside it in the failed folder. */
    void explainFailure(String fileName, String reason) {
        try {
            Files.writeString(failed().resolve(fileName + ".reason.txt"), reason + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the reason for " + fileName, e);
        }
    }

    /**
     * Deletes the days of processed files before {@code keepFrom}, and failed files (with their reasons) last
     * changed before it; answers how many files went.
     */
    int deleteBefore(LocalDate keepFrom) {
        int deleted = 0;
        try (Stream<Path> days = Files.list(done())) {
            for (Path day : days.filter(Files::isDirectory).toList()) {
                LocalDate date;
                try {
                    date = LocalDate.parse(day.getFileName().toString());
                } catch (DateTimeParseException e) {
                    continue; // not one of ours
                }
                if (date.isBefore(keepFrom)) {
                    deleted += deleteTree(day);
                }
            }
            try (Stream<Path> failed = Files.list(failed())) {
                for (Path file : failed.filter(Files::isRegularFile).toList()) {
                    LocalDate changed = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), java.time.ZoneOffset.UTC);
                    if (changed.isBefore(keepFrom)) {
                        Files.delete(file);
                        deleted++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear old files from " + root, e);
        }
        return deleted;
    }

    private static int deleteTree(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        int files = 0;
        for (Path p : all) {
            if (Files.isRegularFile(p)) {
                files++;
            }
            Files.delete(p);
        }
        return files;
    }
}
