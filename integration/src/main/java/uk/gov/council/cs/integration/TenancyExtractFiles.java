package uk.gov.council.cs.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.backoffice.Tenancies;

/**
 * Reads one tenancy extract file and applies it row by row: each row in its own transaction (through
 * {@link BackOfficeFeeds}), a wrong row quarantined with its line and every reason while the rest of
 * the file carries on. A file that is not UTF-8 text or not the extract is refused before any row is
 * applied, and set aside whole.
 */
final class TenancyExtractFiles implements ExtractFolderRoute.Handler {

    private static final Logger LOG = Logger.getLogger(TenancyExtractFiles.class.getName());
    private static final Feed FEED = Feed.HOUSING_TENANCIES;

    private final BackOfficeFeeds feeds;

    TenancyExtractFiles(BackOfficeFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public void accept(String fileName, Path file) throws TenancyExtract.Unreadable {
        checkEncoding(file);
        Map<Tenancies.Result, Integer> applied = new EnumMap<>(Tenancies.Result.class);
        int[] quarantined = {0};
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            TenancyExtract.read(in, row -> {
                String where = "Line " + row.line() + " of " + fileName + ": ";
                if (!row.problems().isEmpty()) {
                    feeds.quarantine(FEED, row.csv(), where + String.join(" ", row.problems()));
                    quarantined[0]++;
                    return;
                }
                try {
                    applied.merge(feeds.acceptTenant(row.tenant()).result(), 1, Integer::sum);
                } catch (RuntimeException e) {
                    feeds.quarantine(FEED, row.csv(), where + Refusals.reason(e));
                    quarantined[0]++;
                }
            });
        } catch (IOException e) {
            throw new TenancyExtract.Unreadable("The file could not be read: " + e.getMessage());
        }
        // Counts only: the rows hold personal data.
        LOG.info(() -> FEED.channel() + " file " + fileName + ": " + applied.getOrDefault(Tenancies.Result.APPLIED, 0)
                + " rows applied, " + applied.getOrDefault(Tenancies.Result.CHANGED, 0) + " changed, "
                + applied.getOrDefault(Tenancies.Result.DUPLICATE, 0) + " unchanged (duplicates), " + quarantined[0]
                + " quarantined");
    }

    /** The whole file is UTF-8 (a spreadsheet saved as Windows-1252 is not), or nothing of it is applied. */
    static void checkEncoding(Path file) throws TenancyExtract.Unreadable {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file); Reader reader = new InputStreamReader(in, utf8)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) != -1) {
                // reading is the check
            }
        } catch (CharacterCodingException e) {
            throw new TenancyExtract.Unreadable("The file is not UTF-8 text (as saved by a spreadsheet in another encoding,"
                    + " such as Windows-1252). Save it as CSV UTF-8 and drop it in the inbox again.");
        } catch (IOException e) {
            throw new TenancyExtract.Unreadable("The file could not be read: " + e.getMessage());
        }
    }
}
