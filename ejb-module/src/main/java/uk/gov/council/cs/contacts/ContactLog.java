package uk.gov.council.cs.contacts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.ServiceStandard;
import uk.gov.council.cs.servicerequests.ServiceStandards;
import uk.gov.council.cs.servicerequests.StandardDetails;
import uk.gov.council.cs.servicerequests.Step;
import uk.gov.council.cs.services.Service;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Logs what happens when a resident gets in touch. The contact, its line on the resident's timeline
 * and the audit row are one transaction.
 */
@Stateless
public class ContactLog {

    /** The word contacts use on the timeline (its kind and its source type). */
    public static final String TIMELINE_KIND = "contact";

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private TimelineRecorder timeline;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** A contact handled by the member of staff signed in. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    public ContactSummary log(long residentId, ContactDetails details, String purpose) {
        return record(residentId, details, ActingAs.who(session.getCallerPrincipal()), purpose);
    }

    /** A contact handled elsewhere (an earlier system, a back-office team), with who handled it. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    public ContactSummary importContact(long residentId, ContactDetails details, String handledBy, String purpose) {
        if (handledBy == null || handledBy.isBlank() || handledBy.length() > 100) {
            throw new DetailsRefused("The contact was not logged.", List.of("Say who handled the contact (1 to 100 characters)."));
        }
        return record(residentId, details, handledBy.strip(), purpose);
    }

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public ContactSummary find(long contactId, String purpose) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null) {
            throw new NotFound("contact", contactId);
        }
        audit.record(AuditTrail.Action.READ, "resident", contact.getResidentId(), purpose);
        return ContactSummary.of(contact);
    }

    private ContactSummary record(long residentId, ContactDetails details, String handledBy, String purpose) {
        if (em.find(Resident.class, residentId) == null) {
            throw new NotFound("resident", residentId);
        }
        List<String> problems = new ArrayList<>(details.problems(clock.instant()));
        if (details.serviceId() != null) {
            Service.problemChoosing(details.serviceId(), em.find(Service.class, details.serviceId())).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The contact was not logged.", problems);
        }
        Contact contact = new Contact(residentId, details, handledBy, answerTarget(details));
        em.persist(contact);
        em.flush();
        ContactSummary logged = ContactSummary.of(contact);
        timeline.record(residentId, contact.getStartedAt(), TIMELINE_KIND, contact.getServiceId(), logged.timelineSummary(),
                TIMELINE_KIND, contact.getId(), handledBy);
        audit.record(AuditTrail.Action.UPDATE, "resident", residentId, purpose);
        return logged;
    }

    /** The answering target, in seconds, that applies to a call or webchat now; null for other channels or none published. */
    private Integer answerTarget(ContactDetails details) {
        if (!details.channel().waitsToBeAnswered()) {
            return null;
        }
        List<StandardDetails> published = em.createQuery("SELECT s FROM ServiceStandard s WHERE s.step = :answer",
                ServiceStandard.class).setParameter("answer", Step.ANSWER).getResultList().stream()
                .map(ServiceStandard::details).toList();
        return ServiceStandards.answering(published, details.serviceId(), details.channel())
                .map(StandardDetails::answerSeconds).orElse(null);
    }
}
