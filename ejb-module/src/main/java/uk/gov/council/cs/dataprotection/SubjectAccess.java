package uk.gov.council.cs.dataprotection;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.gov.council.cs.audit.AuditEvent;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.contacts.Contact;
import uk.gov.council.cs.contacts.ContactSummary;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.identity.MergedRecords;
import uk.gov.council.cs.residents.identity.ResidentMerge;
import uk.gov.council.cs.residents.identity.MergeSummary;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.ServiceRequest;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.services.Service;
import uk.gov.council.cs.timeline.TimelineEntry;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Subject access requests: gathers everything held on one person, across the records merged into
 * theirs. Producing an export is itself audited (action EXPORT).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class SubjectAccess {

    private static final Logger LOG = Logger.getLogger(SubjectAccess.class.getName());

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private MergedRecords mergedRecords;

    @Resource
    private SessionContext session;

    @jakarta.ejb.EJB
    private uk.gov.council.cs.complaints.Complaints complaints;

    @jakarta.ejb.EJB
    private uk.gov.council.cs.complaints.ContactRestrictions restrictions;

    @jakarta.ejb.EJB
    private uk.gov.council.cs.equality.EqualityMonitoring equalityMonitoring;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public SubjectAccessExport export(long residentId, String purpose) {
        Resident person = em.find(Resident.class, residentId);
        if (person == null) {
            throw new NotFound("resident", residentId);
        }
        List<Long> group = mergedRecords.groupOf(residentId);
        Map<Long, String> services = new HashMap<>();
        em.createQuery("SELECT s FROM Service s", Service.class).getResultList().forEach(s -> services.put(s.getId(), s.getName()));
        LocalDate today = CouncilTime.today();

        List<ResidentProfile> merged = group.subList(1, group.size()).stream()
                .map(id -> ResidentProfile.of(em.find(Resident.class, id), List.of())).toList();
        List<ContactSummary> contacts = em.createQuery("SELECT c FROM Contact c WHERE c.residentId IN :g ORDER BY c.startedAt DESC",
                Contact.class).setParameter("g", group).getResultList().stream().map(ContactSummary::of).toList();
        List<ServiceRequestSummary> requests = em.createQuery("SELECT r FROM ServiceRequest r WHERE r.residentId IN :g"
                        + " ORDER BY r.receivedAt DESC", ServiceRequest.class).setParameter("g", group).getResultList().stream()
                .map(r -> ServiceRequestSummary.of(r, services.get(r.getServiceId()), today)).toList();
        List<SubjectAccessExport.Entry> timeline = em.createQuery("SELECT e FROM TimelineEntry e WHERE e.residentId IN :g"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", TimelineEntry.class).setParameter("g", group).getResultList()
                .stream().map(e -> new SubjectAccessExport.Entry(e.getOccurredAt(), e.getKind(),
                        e.getServiceId() == null ? null : services.get(e.getServiceId()), e.getSummary(), e.getRecordedBy()))
                .toList();
        List<MergeSummary> merges = em.createQuery("SELECT m FROM ResidentMerge m WHERE m.keptId IN :g OR m.mergedId IN :g"
                        + " ORDER BY m.mergedAt DESC", ResidentMerge.class).setParameter("g", group).getResultList().stream()
                .map(MergeSummary::of).toList();
        List<SubjectAccessExport.Access> accesses = em.createQuery("SELECT a FROM AuditEvent a WHERE a.subjectType = 'resident'"
                        + " AND a.subjectId IN :g ORDER BY a.occurredAt DESC", AuditEvent.class).setParameter("g", group)
                .getResultList().stream().map(a -> new SubjectAccessExport.Access(a.getOccurredAt(), a.getUsername(),
                        a.getAction(), a.getSubjectId(), a.getPurpose())).toList();

        uk.gov.council.cs.complaints.Complaints.Held held = complaints.heldFor(group);
        List<Instant> withdrawals = em.createQuery("SELECT w.withdrawnAt FROM ConsentWithdrawal w WHERE w.residentId IN :g"
                + " ORDER BY w.withdrawnAt DESC", Instant.class).setParameter("g", group).getResultList();

        audit.record(AuditTrail.Action.EXPORT, "resident", residentId, purpose);
        LOG.info(() -> "Subject access export produced for resident " + residentId);
        return new SubjectAccessExport(Instant.now(), ActingAs.who(session.getCallerPrincipal()),
                ResidentProfile.of(person, group.subList(1, group.size())), merged, contacts, requests, held.feedback(),
                held.complaints(), restrictions.heldFor(group), equalityMonitoring.heldFor(group), withdrawals, timeline, merges,
                accesses);
    }
}
