package uk.gov.council.cs.dataprotection;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.backoffice.BackOfficeEvents;
import uk.gov.council.cs.contacts.Contact;
import uk.gov.council.cs.equality.EqualityMonitoring;
import uk.gov.council.cs.equality.EqualityQuestionnaire;
import uk.gov.council.cs.intake.RejectedRecord;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.ServiceRequest;
import uk.gov.council.cs.timeline.TimelineEntry;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Applies the retention schedule ({@link RetentionPeriods}) every night at 02:15, or when an
 * administrator asks: erases expired contacts and service requests with their timeline entries,
 * erases rejected incoming records long resolved, equality monitoring answers long replaced, and
 * anonymises residents with nothing on record for the period (erasing their equality answers). Each person affected gets an audit row, written as the job ({@value #RUN_AS});
 * each run keeps a report of what it did and who asked for it.
 * Audit rows themselves are kept: they hold ids and purposes, and are evidence.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final int BATCH = 500;
    /** Who the job is in the audit trail. */
    static final String RUN_AS = "retention-job";

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Inject
    private uk.gov.council.cs.complaints.ComplaintRecords complaintRecords;

    @Inject
    private uk.gov.council.cs.persistence.ErasedRecords erasedRecords;

    private final Clock clock = Clock.systemUTC();

    /** The timer's callback: not a business method, so no caller can invoke it; it runs as the bean's RunAs role. */
    @Schedule(hour = "2", minute = "15", persistent = false, timezone = "Europe/London")
    void nightly() {
        run();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public RetentionReport run() {
        return runOn(CouncilTime.today(clock));
    }

    /** As {@link #run()}, as if today were the given day: to see what a longer wait would erase. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public RetentionReport runOn(LocalDate today) {
        return ActingAs.job(RUN_AS, () -> apply(today));
    }

    private RetentionReport apply(LocalDate today) {
        RetentionPeriods periods = RetentionPeriods.from(System::getProperty);
        LocalDate contactsBefore = periods.contactsBefore(today);
        LocalDate requestsBefore = periods.serviceRequestsClosedBefore(today);
        LocalDate inactiveSince = periods.residentsInactiveSince(today);
        LocalDate rejectedBefore = periods.rejectedRecordsResolvedBefore(today);

        List<Object[]> contacts = em.createQuery("SELECT c.id, c.residentId FROM Contact c WHERE c.startedAt < :cutoff",
                Object[].class).setParameter("cutoff", start(contactsBefore)).getResultList();
        int contactsErased = erase(contacts, "contact", Contact.class, "retention: contacts older than "
                + periods.contactYears() + " years erased");

        // Before the service requests a complaint is about can go, the complaint must have gone.
        LocalDate feedbackBefore = periods.feedbackReceivedBefore(today);
        List<Object[]> expiredFeedback = complaintRecords.expired(start(feedbackBefore));
        complaintRecords.erase(expiredFeedback.stream().map(r -> (Long) r[0]).toList());
        audit.recordAll(AuditTrail.Action.DELETE, "resident", expiredFeedback.stream().map(r -> (Long) r[1]).distinct().toList(),
                "retention: feedback and finished complaints received over " + periods.feedbackYears() + " years ago erased");

        List<Object[]> requests = em.createQuery("SELECT r.id, r.residentId FROM ServiceRequest r WHERE r.closedAt < :cutoff"
                        // a request that a complaint is about stays while the complaint does
                        + " AND NOT EXISTS (SELECT c.id FROM Complaint c WHERE c.serviceRequestId = r.id)",
                Object[].class).setParameter("cutoff", start(requestsBefore)).getResultList();
        int requestsErased = erase(requests, "service-request", ServiceRequest.class, "retention: service requests closed over "
                + periods.serviceRequestYears() + " years ago erased");

        // Events from the housing and benefits systems go from the timelines after as long as contacts do, and the keys
        // that kept them from being applied twice with them (a system does not resend six years on).
        List<Object[]> backOffice = em.createQuery("SELECT e.id, e.residentId FROM TimelineEntry e WHERE e.sourceType = :type"
                + " AND e.occurredAt < :cutoff", Object[].class).setParameter("type", BackOfficeEvents.TIMELINE_SOURCE)
                .setParameter("cutoff", start(contactsBefore)).getResultList();
        erase(backOffice, BackOfficeEvents.TIMELINE_SOURCE, TimelineEntry.class, "retention: back-office events older than "
                + periods.contactYears() + " years erased", false);
        em.createQuery("DELETE FROM BackOfficeRecord r WHERE r.appliedAt < :cutoff").setParameter("cutoff", start(contactsBefore))
                .executeUpdate();

        // Rejected records name no resident until replayed, so they are erased without an audit row.
        List<Long> rejected = em.createQuery("SELECT r.id FROM RejectedRecord r WHERE r.status <> :quarantined"
                        + " AND r.resolvedAt < :cutoff", Long.class)
                .setParameter("quarantined", RejectedRecord.Status.QUARANTINED)
                .setParameter("cutoff", start(rejectedBefore)).getResultList();
        int rejectedErased = deleteInBatches(RejectedRecord.class, rejected);

        List<Resident> inactive = em.createQuery("SELECT r FROM Resident r WHERE r.registeredAt < :cutoff"
                        + " AND NOT (r.forename = :anon AND r.surname = :anon) AND NOT EXISTS (SELECT e.id FROM TimelineEntry e"
                        + " WHERE e.residentId = r.id AND e.occurredAt >= :cutoff)", Resident.class)
                .setParameter("cutoff", start(inactiveSince)).setParameter("anon", Resident.ANONYMISED).getResultList();
        LocalDate equalityBefore = periods.equalityAnswersReplacedBefore(today);
        List<Object[]> replaced = em.createQuery("SELECT q.id, q.residentId FROM EqualityQuestionnaire q"
                + " WHERE q.replacedAt < :cutoff", Object[].class).setParameter("cutoff", start(equalityBefore)).getResultList();
        int equalityErased = erase(replaced, EqualityMonitoring.TIMELINE_KIND, EqualityQuestionnaire.class,
                EqualityMonitoring.AUDIT_PREFIX + "retention: answers replaced over " + periods.replacedEqualityAnswerYears()
                        + " years ago erased", false);
        for (Resident r : inactive) {
            r.anonymise();
            // Housing and benefits events name the person's tenancy, claim and repairs: they go with the identity.
            em.createQuery("DELETE FROM TimelineEntry e WHERE e.residentId = :id AND e.sourceType = :type")
                    .setParameter("id", r.getId()).setParameter("type", BackOfficeEvents.TIMELINE_SOURCE).executeUpdate();
            equalityErased += deleteInBatches(EqualityQuestionnaire.class, em.createQuery("SELECT q.id FROM"
                    + " EqualityQuestionnaire q WHERE q.residentId = :id", Long.class).setParameter("id", r.getId()).getResultList());
            audit.record(AuditTrail.Action.UPDATE, "resident", r.getId(), "retention: nothing on record for "
                    + periods.inactiveResidentYears() + " years, anonymised");
        }

        // The nightly timer has no caller: the run is then the job's own.
        String caller = session.getCallerPrincipal() == null ? null : ActingAs.who(session.getCallerPrincipal());
        String by = caller == null || caller.equals("anonymous") ? RUN_AS : caller;
        RetentionReport report = new RetentionReport(0, Instant.now(clock), by, contactsErased, contactsBefore, requestsErased,
                requestsBefore, inactive.size(), inactiveSince, rejectedErased, rejectedBefore, expiredFeedback.size(), feedbackBefore,
                equalityErased, equalityBefore);
        RetentionRun run = new RetentionRun(report.ranAt(), by, report.text());
        em.persist(run);
        em.flush();
        LOG.info(() -> "Retention run " + run.getId() + ": " + report.text());
        return new RetentionReport(run.getId(), report.ranAt(), by, contactsErased, contactsBefore, requestsErased,
                requestsBefore, inactive.size(), inactiveSince, rejectedErased, rejectedBefore, expiredFeedback.size(), feedbackBefore,
                equalityErased, equalityBefore);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<RetentionRun> history(int max) {
        return em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.ranAt DESC, r.id DESC", RetentionRun.class)
                .setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** Deletes the records and their timeline entries in batches; one audit row per person affected. */
    private int erase(List<Object[]> idAndResident, String sourceType, Class<?> entity, String purpose) {
        return erase(idAndResident, sourceType, entity, purpose, true);
    }

    /**
     * @param withTimeline whether the records' timeline entries go too; the lines saying equality
     *                     questions were answered stay (they hold no answer, and say when the council asked)
     */
    private int erase(List<Object[]> idAndResident, String sourceType, Class<?> entity, String purpose, boolean withTimeline) {
        Set<Long> residents = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        for (Object[] row : idAndResident) {
            ids.add((Long) row[0]);
            residents.add((Long) row[1]);
        }
        for (int from = 0; withTimeline && from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            em.createQuery("DELETE FROM TimelineEntry e WHERE e.sourceType = :type AND e.sourceId IN :ids")
                    .setParameter("type", sourceType).setParameter("ids", batch).executeUpdate();
        }
        deleteInBatches(entity, ids);
        audit.recordAll(AuditTrail.Action.DELETE, "resident", List.copyOf(residents), purpose);
        return ids.size();
    }

    /**
     * Deletes by id, so that the persistence unit's cache forgets exactly the records erased; records
     * the warehouse holds are first told to it (erased_record).
     */
    private int deleteInBatches(Class<?> entity, List<Long> ids) {
        String table = entity.getAnnotation(jakarta.persistence.Table.class).name();
        for (int from = 0; from < ids.size(); from += BATCH) {
            if (uk.gov.council.cs.persistence.ErasedRecords.warehoused(table)) {
                erasedRecords.beforeErasing(table, ids.subList(from, Math.min(ids.size(), from + BATCH)));
            }
            em.createQuery("DELETE FROM " + entity.getSimpleName() + " x WHERE x.id IN :ids")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).executeUpdate();
        }
        return ids.size();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(CouncilTime.ZONE).toInstant();
    }
}
