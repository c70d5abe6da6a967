package uk.gov.council.cs.backoffice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.council.cs.intake.RejectedRecord;
import uk.gov.council.cs.security.Roles;

/**
 * What each back-office feed has done: records applied, duplicates counted, records waiting in
 * quarantine, and when it was last heard from. Keys and counts only: no personal data.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class FeedActivity {

    /** One feed at a glance. */
    /**
     * One feed at a glance; {@code warning} says when it has been quiet for longer than its setting allows
     * ({@link FeedSilence}), or that the setting cannot be used, and is null when all is well.
     */
    public record Summary(String feed, String arrival, String system, long applied, long duplicates, Instant lastAppliedAt,
                          long quarantined, Instant oldestQuarantinedAt, Instant lastHeardAt, String warning) {
    }

    /** One record a feed has seen, by its key; {@code versions} counts the changed versions of an extract's row applied. */
    public record Seen(String feed, String key, String type, Instant occurredAt, Instant appliedAt, int residents,
                       int duplicates, Instant lastDuplicateAt, int versions) {
    }

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Summary> summaries() {
        List<Summary> all = new ArrayList<>();
        Instant now = Instant.now();
        for (Feed feed : Feed.values()) {
            long applied = em.createQuery("SELECT COUNT(r) FROM BackOfficeRecord r WHERE r.feed = :f", Long.class)
                    .setParameter("f", feed).getSingleResult();
            Number duplicates = em.createQuery("SELECT SUM(r.duplicates) FROM BackOfficeRecord r WHERE r.feed = :f", Number.class)
                    .setParameter("f", feed).getSingleResult();
            Instant last = lastAppliedAt(feed).orElse(null);
            long quarantined = em.createQuery("SELECT COUNT(r) FROM RejectedRecord r WHERE r.source = :s AND r.status = :q", Long.class)
                    .setParameter("s", feed.source()).setParameter("q", RejectedRecord.Status.QUARANTINED).getSingleResult();
            Instant oldest = em.createQuery("SELECT r FROM RejectedRecord r WHERE r.source = :s AND r.status = :q"
                            + " ORDER BY r.receivedAt, r.id", RejectedRecord.class)
                    .setParameter("s", feed.source()).setParameter("q", RejectedRecord.Status.QUARANTINED)
                    .setMaxResults(1).getResultStream().findFirst().map(RejectedRecord::getReceivedAt).orElse(null);
            Optional<Instant> heard = lastHeardAt(feed, last);
            String setting = System.getProperty(FeedSilence.setting(feed));
            String warning = FeedSilence.problemWith(setting)
                    .or(() -> FeedSilence.parse(setting).warning(heard, now)).orElse(null);
            all.add(new Summary(feed.channel(), feed.arrival().word(), feed.systemName(), applied, duplicates == null ? 0 : duplicates.longValue(), last,
                    quarantined, oldest, heard.orElse(null), warning));
        }
        return all;
    }

    /** The last time the feed sent anything at all: a record applied, a duplicate, or one refused. */
    private Optional<Instant> lastHeardAt(Feed feed, Instant lastApplied) {
        Instant duplicate = em.createQuery("SELECT MAX(r.lastDuplicateAt) FROM BackOfficeRecord r WHERE r.feed = :f", Instant.class)
                .setParameter("f", feed).getSingleResult();
        Instant refused = em.createQuery("SELECT MAX(r.receivedAt) FROM RejectedRecord r WHERE r.source = :s", Instant.class)
                .setParameter("s", feed.source()).getSingleResult();
        return java.util.stream.Stream.of(lastApplied, duplicate, refused).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
    }

    private Optional<Instant> lastAppliedAt(Feed feed) {
        return em.createQuery("SELECT r FROM BackOfficeRecord r WHERE r.feed = :f ORDER BY r.appliedAt DESC, r.id DESC",
                        BackOfficeRecord.class)
                .setParameter("f", feed).setMaxResults(1).getResultStream().findFirst().map(BackOfficeRecord::getAppliedAt);
    }

    /** The record the feed keeps under the sending system's key, if it has applied one. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Optional<Seen> record(Feed feed, String key) {
        return em.createQuery("SELECT r FROM BackOfficeRecord r WHERE r.feed = :f AND r.recordKey = :k", BackOfficeRecord.class)
                .setParameter("f", feed).setParameter("k", key == null ? "" : key.strip())
                .getResultStream().findFirst()
                .map(r -> new Seen(feed.channel(), r.getRecordKey(), r.getRecordType(), r.getOccurredAt(), r.getAppliedAt(),
                        r.getResidents(), r.getDuplicates(), r.getLastDuplicateAt(), r.getVersions()));
    }
}
