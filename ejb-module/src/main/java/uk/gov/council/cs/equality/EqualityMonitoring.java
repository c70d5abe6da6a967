package uk.gov.council.cs.equality;

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
import java.util.Comparator;
import java.util.List;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.identity.MergedRecords;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Equality monitoring: a resident's answers to the council's equality questions, recorded with their
 * consent on any channel. The answers are special category data (UK GDPR art. 9): anyone who takes
 * them may record them, but only the equality officer reads them back, one person at a time and
 * audited; they appear in the person's subject access export; they never reach the customer view.
 * A later questionnaire replaces the earlier one, which is kept as history until retention erases it;
 * withdrawing consent erases them all.
 */
@Stateless
public class EqualityMonitoring {

    public static final String TIMELINE_KIND = "equality-monitoring";
    /** Words in the audit trail that mark a read or change of equality answers, before the purpose given. */
    public static final String AUDIT_PREFIX = "equality monitoring: ";

    /** What the person recording answers sees afterwards: that they were kept, not what they were. */
    public record Recorded(long questionnaireId, long residentId, LocalDate answeredOn, Channel channel, String recordedBy,
                           boolean replacedEarlierAnswers) {
    }

    /** Whether a resident has answered, for the staff who ask the questions: no answer is shown. */
    public record Status(long residentId, LocalDate answeredOn, Channel channel, Instant consentWithdrawnAt) {
        public boolean answered() {
            return answeredOn != null;
        }
    }

    /** One questionnaire as the equality officer and the subject access export see it. */
    public record QuestionnaireView(long id, long residentId, LocalDate answeredOn, Channel channel, String recordedBy,
                                    Instant recordedAt, Instant replacedAt, String ageBandWhenAnswered,
                                    EqualityAnswers answers, Disability disability) {
        public boolean current() {
            return replacedAt == null;
        }
    }

    public record Withdrawal(long residentId, Instant withdrawnAt, int questionnairesErased) {
    }

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private MergedRecords mergedRecords;

    @Inject
    private AuditTrail audit;

    @Inject
    private TimelineRecorder timeline;

    @Inject
    private uk.gov.council.cs.persistence.ErasedRecords erasedRecords;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Records a questionnaire; it replaces the resident's earlier answers, which become history. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.EQUALITY_OFFICER})
    public Recorded record(long residentId, boolean consentStated, LocalDate answeredOn, Channel channel, EqualityAnswers answers,
                           String purpose) {
        return keep(residentId, consentStated, answeredOn, channel, answers, caller(), purpose);
    }

    /**
     * Records answers given earlier on a form with its consent (paper forms keyed in, a survey's
     * results, the demo borough), in the name of whoever took them.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Recorded importAnswers(long residentId, LocalDate answeredOn, Channel channel, EqualityAnswers answers, String takenBy,
                                  String purpose) {
        return keep(residentId, true, answeredOn, channel, answers, takenBy, purpose);
    }

    private Recorded keep(long residentId, boolean consentStated, LocalDate answeredOn, Channel channel, EqualityAnswers answers,
                          String recordedBy, String purpose) {
        Resident resident = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (resident == null) {
            throw new NotFound("resident", residentId);
        }
        List<String> problems = new CompletedQuestionnaire(consentStated, answeredOn, channel, answers)
                .problems(resident.getDateOfBirth(), resident.isAnonymised(), CouncilTime.today(clock));
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The equality monitoring answers were not recorded.", problems);
        }
        Instant now = clock.instant();
        List<EqualityQuestionnaire> earlier = em.createQuery("SELECT q FROM EqualityQuestionnaire q WHERE q.residentId IN :group"
                + " AND q.replacedAt IS NULL", EqualityQuestionnaire.class)
                .setParameter("group", mergedRecords.groupOf(residentId)).getResultList();
        earlier.forEach(q -> q.replacedAt(now));
        EqualityQuestionnaire q = new EqualityQuestionnaire(residentId, answeredOn, channel, answers, recordedBy, now);
        em.persist(q);
        em.flush();
        timeline.record(residentId, now, TIMELINE_KIND, null, "Equality monitoring questions answered ("
                + channel.label().toLowerCase() + ")", TIMELINE_KIND, q.getId(), recordedBy);
        audit.record(AuditTrail.Action.CREATE, "resident", residentId, AUDIT_PREFIX + purpose);
        return new Recorded(q.getId(), residentId, answeredOn, channel, q.getRecordedBy(), !earlier.isEmpty());
    }

    /** Whether the resident (or a record merged into theirs) has answered, and when; never the answers. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.EQUALITY_OFFICER})
    public Status status(long residentId, String purpose) {
        List<Long> group = existingGroup(residentId);
        EqualityQuestionnaire current = current(group);
        Instant withdrawn = em.createQuery("SELECT MAX(w.withdrawnAt) FROM ConsentWithdrawal w WHERE w.residentId IN :group",
                Instant.class).setParameter("group", group).getSingleResult();
        audit.record(AuditTrail.Action.READ, "resident", residentId, AUDIT_PREFIX + "whether answered: " + purpose);
        return current == null ? new Status(residentId, null, null, withdrawn)
                : new Status(residentId, current.getAnsweredOn(), current.getChannel(), withdrawn);
    }

    /** The resident's answers now, or none: for the equality officer alone, and audited. */
    @RolesAllowed(Roles.EQUALITY_OFFICER)
    public QuestionnaireView answers(long residentId, String purpose) {
        List<Long> group = existingGroup(residentId);
        EqualityQuestionnaire current = current(group);
        audit.record(AuditTrail.Action.READ, "resident", residentId, AUDIT_PREFIX + "answers read: " + purpose);
        return current == null ? null : view(current);
    }

    /** Every questionnaire the person answered, newest first, replaced ones too: for the equality officer, audited. */
    @RolesAllowed(Roles.EQUALITY_OFFICER)
    public List<QuestionnaireView> history(long residentId, String purpose) {
        List<QuestionnaireView> views = heldFor(existingGroup(residentId));
        audit.record(AuditTrail.Action.READ, "resident", residentId, AUDIT_PREFIX + "history read: " + purpose);
        return views;
    }

    /** The resident withdraws consent: every answer they gave is erased, and the warehouse's next load drops them. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.EQUALITY_OFFICER})
    public Withdrawal withdrawConsent(long residentId, String purpose) {
        List<Long> group = existingGroup(residentId);
        // Deleted by id, so that the persistence unit's cache forgets exactly the answers erased.
        List<Long> ids = em.createQuery("SELECT q.id FROM EqualityQuestionnaire q WHERE q.residentId IN :group", Long.class)
                .setParameter("group", group).getResultList();
        erasedRecords.beforeErasing("equality_questionnaire", ids);
        int erased = ids.isEmpty() ? 0 : em.createQuery("DELETE FROM EqualityQuestionnaire q WHERE q.id IN :ids")
                .setParameter("ids", ids).executeUpdate();
        Instant now = clock.instant();
        ConsentWithdrawal w = new ConsentWithdrawal(residentId, now, caller(), erased);
        em.persist(w);
        timeline.record(residentId, now, TIMELINE_KIND, null, "Consent to equality monitoring withdrawn; "
                + (erased == 0 ? "no answers were held" : "answers erased"), TIMELINE_KIND, residentId);
        audit.record(AuditTrail.Action.DELETE, "resident", residentId, AUDIT_PREFIX + "consent withdrawn: " + purpose);
        return new Withdrawal(residentId, now, erased);
    }

    /** Every questionnaire held for one person (their records merged into one), for the subject access export, which audits itself. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<QuestionnaireView> heldFor(List<Long> residentGroup) {
        return em.createQuery("SELECT q FROM EqualityQuestionnaire q WHERE q.residentId IN :group"
                        + " ORDER BY q.recordedAt DESC, q.id DESC", EqualityQuestionnaire.class)
                .setParameter("group", residentGroup).getResultList().stream().map(this::view).toList();
    }

    private EqualityQuestionnaire current(List<Long> group) {
        return em.createQuery("SELECT q FROM EqualityQuestionnaire q WHERE q.residentId IN :group AND q.replacedAt IS NULL",
                        EqualityQuestionnaire.class).setParameter("group", group).getResultList().stream()
                .max(Comparator.comparing(EqualityQuestionnaire::getRecordedAt).thenComparing(EqualityQuestionnaire::getId))
                .orElse(null);
    }

    private List<Long> existingGroup(long residentId) {
        if (em.find(Resident.class, residentId) == null) {
            throw new NotFound("resident", residentId);
        }
        return mergedRecords.groupOf(residentId);
    }

    private QuestionnaireView view(EqualityQuestionnaire q) {
        Resident r = em.find(Resident.class, q.getResidentId());
        EqualityAnswers a = q.answers();
        return new QuestionnaireView(q.getId(), q.getResidentId(), q.getAnsweredOn(), q.getChannel(), q.getRecordedBy(),
                q.getRecordedAt(), q.getReplacedAt(), AgeBands.from(System::getProperty)
                .bandOn(r.getDateOfBirth(), q.getAnsweredOn()).label(), a, a.disability());
    }

    private String caller() {
        return ActingAs.who(session.getCallerPrincipal());
    }

}
