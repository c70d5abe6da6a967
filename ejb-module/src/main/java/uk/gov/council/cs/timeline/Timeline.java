package uk.gov.council.cs.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.identity.MergedRecords;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.services.Service;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * The single customer view: everything that happened to one resident, across all services, newest
 * first, a page at a time. Reading it is reading the person's record, so it is audited.
 */
@Stateless
public class Timeline {

    public static final int LARGEST_PAGE = 200;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private MergedRecords mergedRecords;

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public TimelinePage page(long residentId, TimelineFilter filter, int first, int max, String purpose) {
        if (em.find(Resident.class, residentId) == null) {
            throw new NotFound("resident", residentId);
        }
        TimelineFilter f = filter == null ? TimelineFilter.EVERYTHING : filter;
        List<String> problems = f.problems();
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The timeline could not be filtered.", problems);
        }
        // A resident's view gathers the records merged into theirs.
        List<Long> group = mergedRecords.groupOf(residentId);
        StringBuilder where = new StringBuilder(group.size() == 1 ? " WHERE e.residentId = :resident"
                : " WHERE e.residentId IN :resident");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("resident", group.size() == 1 ? group.get(0) : group);
        if (!f.kinds().isEmpty()) {
            where.append(" AND e.kind IN :kinds");
            parameters.put("kinds", List.copyOf(f.kinds()));
        }
        if (f.serviceId() != null) {
            where.append(" AND e.serviceId = :service");
            parameters.put("service", f.serviceId());
        }
        if (f.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", f.from().atStartOfDay(CouncilTime.ZONE).toInstant());
        }
        if (f.to() != null) {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", f.to().plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant());
        }
        TypedQuery<TimelineEntry> pageQuery = em.createQuery(
                "SELECT e FROM TimelineEntry e" + where + " ORDER BY e.occurredAt DESC, e.id DESC", TimelineEntry.class);
        TypedQuery<Long> countQuery = em.createQuery("SELECT COUNT(e) FROM TimelineEntry e" + where, Long.class);
        parameters.forEach((name, value) -> {
            pageQuery.setParameter(name, value);
            countQuery.setParameter(name, value);
        });
        int from = Math.max(0, first);
        List<TimelineEntry> entries = pageQuery.setFirstResult(from)
                .setMaxResults(Math.min(Math.max(1, max), LARGEST_PAGE)).getResultList();
        long total = countQuery.getSingleResult();
        Map<Long, String> serviceNames = serviceNames(entries);
        audit.record(AuditTrail.Action.READ, "resident", residentId, purpose);
        return new TimelinePage(entries.stream().map(e -> new TimelineItem(e.getId(), e.getOccurredAt(), e.getKind(),
                e.getServiceId(), e.getServiceId() == null ? null : serviceNames.get(e.getServiceId()), e.getSummary(),
                e.getSourceType(), e.getSourceId(), e.getRecordedBy())).toList(), total, from);
    }

    /** The kinds of entry this resident has, for the filter. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<String> kinds(long residentId) {
        return em.createQuery("SELECT DISTINCT e.kind FROM TimelineEntry e WHERE e.residentId IN :r ORDER BY e.kind",
                String.class).setParameter("r", mergedRecords.groupOf(residentId)).getResultList();
    }

    private Map<Long, String> serviceNames(List<TimelineEntry> entries) {
        List<Long> ids = entries.stream().map(TimelineEntry::getServiceId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT s FROM Service s WHERE s.id IN :ids", Service.class).setParameter("ids", ids)
                    .getResultList().forEach(s -> names.put(s.getId(), s.getName()));
        }
        return names;
    }
}
