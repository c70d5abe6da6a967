package uk.gov.council.cs.complaints;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.identity.MergedRecords;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffMember;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Decisions that a complainant's conduct is unreasonable or persistent: recorded with the conduct
 * and restrictions, communicated by letter, shown as an alert on the resident's page while in force,
 * and reviewed by the date set.
 */
@Stateless
public class ContactRestrictions {

    public static final String TIMELINE_KIND = "contact-restriction";

    /** A restriction as staff see it, with its reviews. */
    public record RestrictionView(long id, long residentId, List<String> conduct, String decision, String restrictions,
                                  String decidedBy, LocalDate decidedOn, LocalDate reviewOn, LocalDate liftedOn,
                                  boolean inForce, boolean reviewDue, String letterSubject, String letterBody,
                                  List<Review> reviews) {
    }

    public record Review(LocalDate reviewedOn, String reviewedBy, boolean lifted, String note, LocalDate nextReviewOn) {
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
    private ComplaintLetters letters;

    @EJB
    private StaffAccounts staff;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE})
    public RestrictionView decide(long residentId, Set<Conduct> conduct, String decision, String restrictions, LocalDate reviewOn,
                                  String purpose) {
        Resident resident = em.find(Resident.class, residentId);
        if (resident == null) {
            throw new NotFound("resident", residentId);
        }
        LocalDate today = CouncilTime.today(clock);
        List<String> problems = ContactRestrictionRules.decisionProblems(conduct, decision, restrictions, reviewOn, today,
                maxReviewMonths());
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The restriction on contact was not recorded.", problems);
        }
        ContactRestriction r = new ContactRestriction(residentId, conduct, decision, restrictions, caller(), today, reviewOn);
        StaffMember signer = staff.member(caller());
        Map<String, String> values = letters.aboutResident(resident, signer == null ? caller() : signer.displayName(), today);
        values.put("conduct", conduct.stream().sorted().map(Conduct::wording).collect(Collectors.joining("\n")));
        values.put("decision", decision.strip());
        values.put("restrictions", restrictions.strip());
        values.put("reviewOn", ComplaintLetters.day(reviewOn));
        values.put("ombudsmanName", Ombudsman.LGSCO.title());
        values.put("ombudsmanContact", Ombudsman.LGSCO.contact());
        r.letter(letters.template(LetterKind.CONTACT_RESTRICTION).render(values));
        em.persist(r);
        em.flush();
        Instant now = clock.instant();
        timeline.record(residentId, now, TIMELINE_KIND, null, "Contact restricted until reviewed on " + ComplaintLetters.day(reviewOn) + ": "
                + restrictions.strip(), TIMELINE_KIND, r.getId());
        audit.record(AuditTrail.Action.UPDATE, "resident", residentId, purpose);
        return view(r, today);
    }

    /** Keeps the restriction until a next review, or lifts it. */
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE})
    public RestrictionView review(long restrictionId, boolean lift, String note, LocalDate nextReviewOn, String purpose) {
        ContactRestriction r = em.find(ContactRestriction.class, restrictionId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFound("restriction on contact", restrictionId);
        }
        LocalDate today = CouncilTime.today(clock);
        if (r.getLiftedOn() != null) {
            throw new DetailsRefused("Nothing was changed.", List.of("The restriction was lifted on " + r.getLiftedOn() + "."));
        }
        List<String> problems = ContactRestrictionRules.reviewProblems(lift, note, nextReviewOn, today, maxReviewMonths());
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The review was not recorded.", problems);
        }
        r.reviewed(lift, today, nextReviewOn);
        em.persist(new RestrictionReview(restrictionId, today, caller(), lift, note, lift ? null : nextReviewOn));
        timeline.record(r.getResidentId(), clock.instant(), TIMELINE_KIND, null, lift ? "Restriction on contact lifted"
                : "Restriction on contact reviewed; next review " + ComplaintLetters.day(nextReviewOn), TIMELINE_KIND, restrictionId);
        audit.record(AuditTrail.Action.UPDATE, "resident", r.getResidentId(), purpose);
        return view(r, today);
    }

    /** The resident's restrictions (and those of records merged into theirs), those in force first: the alert on their page. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<RestrictionView> ofResident(long residentId, String purpose) {
        LocalDate today = CouncilTime.today(clock);
        List<RestrictionView> views = em.createQuery("SELECT r FROM ContactRestriction r WHERE r.residentId IN :group"
                        + " ORDER BY r.decidedOn DESC, r.id DESC", ContactRestriction.class)
                .setParameter("group", mergedRecords.groupOf(residentId))
                .getResultList().stream().map(r -> view(r, today))
                .sorted(java.util.Comparator.comparing((RestrictionView v) -> !v.inForce())).toList();
        audit.record(AuditTrail.Action.READ, "resident", residentId, purpose);
        return views;
    }

    /**
     * Every decision about contact with one person (their records merged into one), with its findings,
     * letter and reviews, for the subject access export, which audits itself as an export.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<RestrictionView> heldFor(List<Long> residentGroup) {
        LocalDate today = CouncilTime.today(clock);
        return em.createQuery("SELECT r FROM ContactRestriction r WHERE r.residentId IN :group ORDER BY r.decidedOn, r.id",
                ContactRestriction.class).setParameter("group", residentGroup).getResultList().stream()
                .map(r -> view(r, today)).toList();
    }

    private RestrictionView view(ContactRestriction r, LocalDate today) {
        List<Review> reviews = r.getId() == null ? List.of() : em.createQuery("SELECT v FROM RestrictionReview v"
                        + " WHERE v.restrictionId = :r ORDER BY v.id", RestrictionReview.class).setParameter("r", r.getId())
                .getResultList().stream().map(v -> new Review(v.getReviewedOn(), v.getReviewedBy(), v.isLifted(), v.getNote(),
                        v.getNextReviewOn())).toList();
        boolean inForce = ContactRestrictionRules.inForce(r.getDecidedOn(), r.getLiftedOn(), today);
        return new RestrictionView(r.getId(), r.getResidentId(), r.getConduct().stream().map(Conduct::wording).toList(),
                r.getDecision(), r.getRestrictions(), r.getDecidedBy(), r.getDecidedOn(), r.getReviewOn(), r.getLiftedOn(),
                inForce, inForce && !r.getReviewOn().isAfter(today), r.getLetterSubject(), r.getLetterBody(), reviews);
    }

    private static int maxReviewMonths() {
        return Integer.getInteger(ContactRestrictionRules.REVIEW_SETTING, ContactRestrictionRules.DEFAULT_REVIEW_MONTHS);
    }

    private String caller() {
        return ActingAs.who(session.getCallerPrincipal());
    }
}
