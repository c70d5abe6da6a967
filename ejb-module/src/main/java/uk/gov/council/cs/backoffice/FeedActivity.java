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
    public record Summary(String feed, String system, long applied, long duplicates, Instant lastAppliedAt,
                          long quarantined, Instant oldestQuarantinedAt) {
    }

    /** One record a feed has seen, by its key. */
    public record Seen(String feed, String key, String type, Instant occurredAt, Instant appliedAt, int residents,
                       int duplicates, Instant lastDuplicateAt) {
    }

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Summary> summaries() {
        List<Summary> all = new ArrayList<>();
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
            all.add(new Summary(feed.queue(), feed.systemName(), applied, duplicates == null ? 0 : duplicates.longValue(), last,
                    quarantined, oldest));
        }
        return all;
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
                .map(r -> new Seen(feed.queue(), r.getRecordKey(), r.getRecordType(), r.getOccurredAt(), r.getAppliedAt(),
                        r.getResidents(), r.getDuplicates(), r.getLastDuplicateAt()));
    }
}
