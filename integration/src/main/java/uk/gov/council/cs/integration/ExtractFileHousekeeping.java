package uk.gov.council.cs.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.logging.Logger;
import uk.gov.council.cs.backoffice.Feed;

/**
 * Extract files hold personal data: once read (or set aside) they are kept for
 * {@code council.feeds.keep-files-days} (30) so that a question about a row can be answered from
 * the file, then deleted. Every hour, by the platform's timer service.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExtractFileHousekeeping {

    public static final String KEEP_FILES_DAYS = "council.feeds.keep-files-days";
    private static final Logger LOG = Logger.getLogger(ExtractFileHousekeeping.class.getName());

    @Schedule(hour = "*", minute = "23", persistent = false)
    void clearOldFiles() {
        int days = Math.max(1, Integer.getInteger(KEEP_FILES_DAYS, 30));
        for (Feed feed : Feed.values()) {
            if (feed.arrival() != Feed.Arrival.FOLDER) {
                continue;
            }
            ExtractFolders folders = new ExtractFolders(feed.folder());
            folders.create();
            int deleted = folders.deleteBefore(LocalDate.now().minusDays(days));
            if (deleted > 0) {
                LOG.info(() -> feed.channel() + ": " + deleted + " files older than " + days + " days deleted");
            }
        }
    }
}
