package uk.gov.council.cs.residents.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.matching.MatchResult;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.audit.ActingAs;

/**
 * The identity review queue: pairs of records that may be one person, for staff to compare side by
 * side and decide, merging them or marking them as different people.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
public class IdentityReviews {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ResidentMatching matching;

    @Inject
    private MergedRecords mergedRecords;

    @EJB
    private ResidentMerges merges;

    @Resource
    private SessionContext session;

    /** Open pairs, oldest first; both residents of each pair shown are audited as read. */
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public List<ReviewSummary> open(int first, int max, String purpose) {
        List<IdentityReview> page = em.createQuery("SELECT v FROM IdentityReview v WHERE v.status = :open"
                        + " ORDER BY v.raisedAt, v.id", IdentityReview.class)
                .setParameter("open", ReviewStatus.OPEN)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
        List<Long> shown = new ArrayList<>();
        page.forEach(v -> {
            shown.add(v.getResidentId());
            shown.add(v.getCandidateId());
        });
        Map<Long, String> names = names(shown);
        audit.recordAll(AuditTrail.Action.READ, "resident", shown.stream().distinct().toList(), purpose);
        return page.stream().map(v -> summary(v, names)).toList();
    }

    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public long openCount() {
        return em.createQuery("SELECT COUNT(v) FROM IdentityReview v WHERE v.status = :open", Long.class)
                .setParameter("open", ReviewStatus.OPEN).getSingleResult();
    }

    /** Both records of the pair in full, compared afresh; audited as a read of both. */
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public ReviewComparison compare(long reviewId, String purpose) {
        IdentityReview review = existing(reviewId);
        Resident left = resident(review.getResidentId());
        Resident right = resident(review.getCandidateId());
        MatchResult now = matching.compare(left, right);
        ResidentProfile leftProfile = ResidentProfile.of(left, mergedRecords.mergedInto(left.getId()));
        ResidentProfile rightProfile = ResidentProfile.of(right, mergedRecords.mergedInto(right.getId()));
        audit.record(AuditTrail.Action.READ, "resident", left.getId(), purpose);
        audit.record(AuditTrail.Action.READ, "resident", right.getId(), purpose);
        return new ReviewComparison(summary(review, Map.of(left.getId(), leftProfile.fullName(), right.getId(),
                rightProfile.fullName())), leftProfile, rightProfile, now, review.getExplanation(),
                SideBySide.rows(leftProfile, rightProfile, now));
    }

    /** The same person: merges the other record of the pair into the one to keep. */
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public MergeSummary merge(long reviewId, long keptId, String reason, String purpose) {
        IdentityReview review = open(reviewId);
        long mergedId;
        if (keptId == review.getResidentId()) {
            mergedId = review.getCandidateId();
        } else if (keptId == review.getCandidateId()) {
            mergedId = review.getResidentId();
        } else {
            throw new DetailsRefused("The records were not merged.", List.of("Record " + keptId
                    + " is not one of this pair: keep record " + review.getResidentId() + " or record "
                    + review.getCandidateId() + "."));
        }
        MergeSummary merge = merges.merge(keptId, mergedId, reviewId, reason, purpose);
        review.decide(ReviewStatus.MERGED, ActingAs.who(session.getCallerPrincipal()), Instant.now());
        return merge;
    }

    /** Different people: closes the pair without touching either record. */
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public ReviewSummary differentPeople(long reviewId, String purpose) {
        IdentityReview review = open(reviewId);
        review.decide(ReviewStatus.DIFFERENT_PEOPLE, ActingAs.who(session.getCallerPrincipal()), Instant.now());
        audit.record(AuditTrail.Action.UPDATE, "resident", review.getResidentId(), purpose);
        audit.record(AuditTrail.Action.UPDATE, "resident", review.getCandidateId(), purpose);
        return summary(review, names(List.of(review.getResidentId(), review.getCandidateId())));
    }

    private IdentityReview open(long reviewId) {
        IdentityReview review = em.find(IdentityReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new NotFound("identity review", reviewId);
        }
        if (review.getStatus() != ReviewStatus.OPEN) {
            throw new DetailsRefused("The review was already decided.", List.of("Review " + reviewId + " was decided ("
                    + review.getStatus().name().toLowerCase().replace('_', ' ') + ") by " + review.getDecidedBy()
                    + "; refresh the queue."));
        }
        return review;
    }

    private IdentityReview existing(long reviewId) {
        IdentityReview review = em.find(IdentityReview.class, reviewId);
        if (review == null) {
            throw new NotFound("identity review", reviewId);
        }
        return review;
    }

    private Resident resident(long id) {
        Resident r = em.find(Resident.class, id);
        if (r == null) {
            throw new NotFound("resident", id);
        }
        return r;
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT r FROM Resident r WHERE r.id IN :ids", Resident.class).setParameter("ids", ids)
                    .getResultList().forEach(r -> names.put(r.getId(), r.getForename() + " " + r.getSurname()));
        }
        return names;
    }

    private static ReviewSummary summary(IdentityReview v, Map<Long, String> names) {
        return new ReviewSummary(v.getId(), v.getResidentId(), names.get(v.getResidentId()), v.getCandidateId(),
                names.get(v.getCandidateId()), v.getProbability(), v.getRaisedBy(), v.getRaisedAt(), v.getStatus(),
                v.getDecidedBy(), v.getDecidedAt());
    }
}
