package uk.gov.council.cs.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import uk.gov.council.cs.audit.ActingAs;

/**
 * How a capability puts something on a resident's timeline: inside its own transaction, so the
 * thing and its entry stand or fall together. Adding a new kind of entry needs no change here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TimelineRecorder {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private Principal caller;

    /**
     * @param kind       the owning capability's word for the thing, for example "contact"
     * @param serviceId  the service it concerns, or null
     * @param summary    one line for the timeline (cut to 300 characters)
     * @param sourceType what the source record is, for example "contact"; with sourceId, where to open it
     */
    public void record(long residentId, Instant occurredAt, String kind, Long serviceId, String summary,
                       String sourceType, long sourceId) {
        String who = ActingAs.who(caller);
        record(residentId, occurredAt, kind, serviceId, summary, sourceType, sourceId, who);
    }

    /** As above, for a thing done by someone other than the caller (an import of earlier history). */
    public void record(long residentId, Instant occurredAt, String kind, Long serviceId, String summary,
                       String sourceType, long sourceId, String recordedBy) {
        String line = summary == null || summary.isBlank() ? kind : summary.strip();
        if (line.length() > 300) {
            line = line.substring(0, 299) + "…";
        }
        em.persist(new TimelineEntry(residentId, occurredAt, kind, serviceId, line, sourceType, sourceId, recordedBy));
    }
}
