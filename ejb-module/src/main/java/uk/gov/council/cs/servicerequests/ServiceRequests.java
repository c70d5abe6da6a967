package uk.gov.council.cs.servicerequests;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.identity.MergedRecords;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.services.Service;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.workingdays.CouncilCalendar;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Service requests: logged with the dates their published standards set, then acknowledged,
 * fulfilled and closed, each step on the resident's timeline and in the audit trail.
 */
@Stateless
public class ServiceRequests {

    public static final String TIMELINE_KIND = "service-request";

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private TimelineRecorder timeline;

    @Inject
    private CouncilCalendar councilCalendar;

    @Inject
    private MergedRecords mergedRecords;

    @Resource
    private SessionContext session;

    private final Clock clock = uk.gov.council.cs.workingdays.CouncilClock.UTC;

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    public ServiceRequestSummary log(long residentId, ServiceRequestDetails details, String purpose) {
        if (em.find(Resident.class, residentId) == null) {
            throw new NotFound("resident", residentId);
        }
        List<String> problems = new ArrayList<>(details.problems());
        Service service = details.serviceId() == null ? null : em.find(Service.class, details.serviceId());
        if (details.serviceId() != null) {
            Service.problemChoosing(details.serviceId(), service).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The service request was not logged.", problems);
        }
        Instant now = clock.instant();
        Map<Step, StandardDetails> targets = ServiceStandards.applying(published(), service.getId(), details.channel());
        Map<Step, LocalDate> due = new EnumMap<>(Step.class);
        targets.forEach((step, standard) -> ServiceStandards.dueBy(standard, now, councilCalendar.calendar()).ifPresent(d -> due.put(step, d)));
        ServiceRequest request = new ServiceRequest(residentId, details, now, due, caller());
        em.persist(request);
        em.flush();
        ServiceRequestSummary logged = summary(request, service.getName());
        timeline.record(residentId, now, TIMELINE_KIND, service.getId(), logged.timelineSummary("Service request"),
                TIMELINE_KIND, request.getId());
        audit.record(AuditTrail.Action.UPDATE, "resident", residentId, purpose);
        return logged;
    }

    /** Records a step as done now; fulfilling or closing also acknowledges a request not yet acknowledged. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    public ServiceRequestSummary done(long requestId, Step step, String note, String purpose) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFound("service request", requestId);
        }
        List<String> problems = new ArrayList<>();
        if (step == null) {
            problems.add("Say which step was done: acknowledge, fulfil or close.");
        } else {
            request.problemDoing(step).ifPresent(problems::add);
            if (step == Step.CLOSE && problems.isEmpty()) {
                request.problemClosing(note).ifPresent(problems::add);
            }
        }
        if (note != null && note.length() > 1000) {
            problems.add("The note is longer than 1000 characters.");
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The service request was not updated.", problems);
        }
        Instant now = clock.instant();
        request.done(step, now, note == null || note.isBlank() ? null : note.strip());
        Service service = em.find(Service.class, request.getServiceId());
        ServiceRequestSummary updated = summary(request, service.getName());
        String what = "Service request " + step.done();
        timeline.record(request.getResidentId(), now, TIMELINE_KIND, request.getServiceId(),
                updated.timelineSummary(what) + (note == null || note.isBlank() ? "" : " – " + note.strip()),
                TIMELINE_KIND, request.getId());
        audit.record(AuditTrail.Action.UPDATE, "resident", request.getResidentId(), purpose);
        return updated;
    }

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public ServiceRequestSummary find(long requestId, String purpose) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        if (request == null) {
            throw new NotFound("service request", requestId);
        }
        audit.record(AuditTrail.Action.READ, "resident", request.getResidentId(), purpose);
        return summary(request, em.find(Service.class, request.getServiceId()).getName());
    }

    /** The resident's requests still open (theirs and any merged into theirs), oldest first. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<ServiceRequestSummary> openFor(long residentId, String purpose) {
        List<ServiceRequest> open = em.createQuery("SELECT r FROM ServiceRequest r WHERE r.residentId IN :group"
                        + " AND r.closedAt IS NULL ORDER BY r.receivedAt, r.id", ServiceRequest.class)
                .setParameter("group", mergedRecords.groupOf(residentId)).getResultList();
        audit.record(AuditTrail.Action.READ, "resident", residentId, purpose);
        Map<Long, String> names = Service.namesOf(em, open.stream().map(ServiceRequest::getServiceId).distinct().toList());
        return open.stream().map(r -> summary(r, names.get(r.getServiceId()))).toList();
    }

    /** How the published standards were kept for requests received in the period; no personal data. */
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR})
    public List<StandardsPerformance.Line> performance(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DetailsRefused("No report for that period.", List.of("Give a period whose end is not before its start."));
        }
        List<ServiceRequest> received = em.createQuery("SELECT r FROM ServiceRequest r WHERE r.receivedAt >= :from"
                        + " AND r.receivedAt < :to", ServiceRequest.class)
                .setParameter("from", from.atStartOfDay(CouncilTime.ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant()).getResultList();
        // Only the three numbers each call needs, not whole contacts: a year's calls run to many thousands.
        List<Object[]> calls = em.createQuery("SELECT c.serviceId, c.answerTargetSeconds, c.answeredAfterSeconds FROM Contact c"
                        + " WHERE c.startedAt >= :from AND c.startedAt < :to AND c.answerTargetSeconds IS NOT NULL", Object[].class)
                .setParameter("from", from.atStartOfDay(CouncilTime.ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant()).getResultList();
        Map<Long, String> names = Service.namesOf(em, java.util.stream.Stream.concat(
                received.stream().map(ServiceRequest::getServiceId), calls.stream().map(c -> (Long) c[0])).distinct().toList());
        List<StandardsPerformance.Line> lines = new ArrayList<>(
                StandardsPerformance.of(received.stream().map(r -> summary(r, names.get(r.getServiceId()))).toList()));
        lines.addAll(StandardsPerformance.ofAnswering(calls.stream().map(c -> new StandardsPerformance.Answered(
                names.get((Long) c[0]), (Integer) c[1], (Integer) c[2])).toList()));
        return lines;
    }

    private List<StandardDetails> published() {
        return em.createQuery("SELECT s FROM ServiceStandard s", ServiceStandard.class).getResultList().stream()
                .map(ServiceStandard::details).toList();
    }

    private ServiceRequestSummary summary(ServiceRequest r, String serviceName) {
        return ServiceRequestSummary.of(r, serviceName, CouncilTime.today(clock));
    }

    private String caller() {
        return ActingAs.who(session.getCallerPrincipal());
    }
}
