package uk.gov.council.cs.backoffice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.security.Roles;

/**
 * Applies an event from a back-office system to the residents it concerns: one timeline entry on
 * each, once.
 *
 * <p>Why a local transaction and a natural key, not one XA transaction with the broker: the route
 * acknowledges a message only after this method has committed, so the one failure left is the
 * server dying between the commit and the acknowledgement. The broker then delivers the message
 * again, and the key (feed, event id), unique in the database, turns the second delivery into a
 * counted duplicate that changes nothing. The same key catches a sender that sends twice, which no
 * transaction manager could.
 */
@Stateless
public class BackOfficeEvents {

    /** How far a merge is followed: a record merged into one that was itself merged later. */
    private static final int MERGE_HOPS = 10;

    /** What the timeline calls the source of an event's entries; with the record's id, where it came from. */
    public static final String TIMELINE_SOURCE = "back-office-record";

    public enum Result { APPLIED, DUPLICATE }

    /** What became of the event: the record that keeps its key, and the residents whose timelines show it. */
    public record Applied(long recordId, Result result, List<Long> residents) {
    }

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private TimelineRecorder timeline;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Roles.BACK_OFFICE_SYSTEM)
    public Applied apply(BackOfficeEvent event) {
        List<String> problems = event.problems();
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The event was refused.", problems);
        }
        Instant now = Instant.now(clock);
        List<BackOfficeRecord> seen = em.createQuery(
                        "SELECT r FROM BackOfficeRecord r WHERE r.feed = :feed AND r.recordKey = :key", BackOfficeRecord.class)
                .setParameter("feed", event.feed())
                .setParameter("key", event.eventId().strip())
                .getResultList();
        if (!seen.isEmpty()) {
            BackOfficeRecord record = seen.get(0);
            record.seenAgain(now);
            return new Applied(record.getId(), Result.DUPLICATE, List.of());
        }
        List<Long> residents = residentsConcerned(event);
        if (residents.isEmpty()) {
            throw new NoResidentForEvent(nobodyFound(event));
        }
        BackOfficeRecord record = new BackOfficeRecord(event.feed(), event.eventId().strip(), event.type(), event.occurredAt(), now,
                residents.size());
        em.persist(record);
        // A second delivery racing this one fails here on the unique key and is retried as a duplicate.
        em.flush();
        Long service = serviceId(event.serviceName());
        for (long resident : residents) {
            timeline.record(resident, event.occurredAt(), event.feed().timelineKind(), service, event.summary(),
                    TIMELINE_SOURCE, record.getId(), event.feed().systemName());
        }
        audit.recordAll(AuditTrail.Action.UPDATE, "resident", residents,
                event.feed().systemName().toLowerCase(Locale.UK) + " event " + record.getId() + " on the timeline");
        return new Applied(record.getId(), Result.APPLIED, residents);
    }

    /** Those with the event's reference and those living at its property, each as the record they were merged into. */
    private List<Long> residentsConcerned(BackOfficeEvent event) {
        List<Resident> found = new ArrayList<>();
        if (event.reference() != null && !event.reference().isBlank()) {
            found.addAll(em.createQuery("SELECT DISTINCT r FROM Resident r JOIN r.references x"
                            + " WHERE x.system = :system AND x.reference = :reference", Resident.class)
                    .setParameter("system", event.referenceSystem())
                    .setParameter("reference", event.reference().strip().toUpperCase(Locale.UK))
                    .getResultList());
        }
        if (event.uprn() != null) {
            found.addAll(em.createQuery("SELECT r FROM Resident r WHERE r.uprn = :uprn AND r.mergedInto IS NULL", Resident.class)
                    .setParameter("uprn", event.uprn())
                    .getResultList());
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Resident r : found) {
            ids.add(kept(em, r));
        }
        return List.copyOf(ids);
    }

    /** The record a resident was merged into (and that one into, and so on), or the resident's own. */
    static long kept(EntityManager em, Resident resident) {
        Resident current = resident;
        for (int hop = 0; hop < MERGE_HOPS && current.getMergedInto() != null; hop++) {
            Resident next = em.find(Resident.class, current.getMergedInto());
            if (next == null) {
                break;
            }
            current = next;
        }
        return current.getId();
    }

    private Long serviceId(String name) {
        if (name == null) {
            return null;
        }
        return em.createQuery("SELECT s.id FROM Service s WHERE s.name = :name", Long.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }

    private static String nobodyFound(BackOfficeEvent event) {
        List<String> keys = new ArrayList<>();
        if (event.reference() != null && !event.reference().isBlank()) {
            keys.add("has " + event.referenceSystem().label().toLowerCase(Locale.UK) + " " + event.reference().strip());
        }
        if (event.uprn() != null) {
            keys.add("lives at the property with UPRN " + event.uprn());
        }
        return "Nobody on file " + String.join(" or ", keys) + ". Once the resident is on file with that reference"
                + " (from the system's extract or a registration), replay this record.";
    }
}
