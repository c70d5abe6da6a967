package uk.gov.council.cs.residents.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.ExternalReference;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.ResidentChange;
import uk.gov.council.cs.residents.ResidentChanges;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Merges two records of one person and undoes a merge. A merge changes nothing but the merged
 * record's pointer to the record kept: every contact, entry and detail stays where it was, the
 * kept resident's view gathers both, and an unmerge clears the pointer so that both records and
 * their timelines are exactly as they were. Both are audited on both records.
 */
@Stateless
public class ResidentMerges {

    private static final Logger LOG = Logger.getLogger(ResidentMerges.class.getName());

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ResidentChanges changes;

    @Resource
    private SessionContext session;

    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public MergeSummary merge(long keptId, long mergedId, String reason, String purpose) {
        // The same pair may be waiting in the review queue: merging them decides it too.
        List<IdentityReview> open = em.createQuery("SELECT r FROM IdentityReview r WHERE r.status = :open AND"
                        + " ((r.residentId = :a AND r.candidateId = :b) OR (r.residentId = :b AND r.candidateId = :a))",
                        IdentityReview.class).setParameter("open", ReviewStatus.OPEN).setParameter("a", keptId)
                .setParameter("b", mergedId).getResultList();
        MergeSummary merge = merge(keptId, mergedId, open.isEmpty() ? null : open.get(0).getId(), reason, purpose);
        open.forEach(r -> r.decide(ReviewStatus.MERGED, caller(), Instant.now()));
        return merge;
    }

    /** As above, deciding a pair from the identity review queue. */
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public MergeSummary merge(long keptId, long mergedId, Long reviewId, String reason, String purpose) {
        Resident kept = locked(keptId);
        Resident merged = locked(mergedId);
        List<String> problems = MergeRules.problemsMerging(new MergeRules.MergeState(keptId, kept.getMergedInto()),
                new MergeRules.MergeState(mergedId, merged.getMergedInto()), reason);
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The records were not merged.", problems);
        }
        merged.mergeInto(keptId);
        ResidentMerge merge = new ResidentMerge(keptId, mergedId, reviewId, reason, caller(), Instant.now());
        em.persist(merge);
        em.flush();
        changes.publish(ResidentChange.merge(ResidentChange.MERGED, keptId, ExternalReference.byKey(kept.getReferences()), mergedId,
                ExternalReference.byKey(merged.getReferences()), merge.getMergedAt()));
        audit.record(AuditTrail.Action.UPDATE, "resident", keptId, purpose);
        audit.record(AuditTrail.Action.UPDATE, "resident", mergedId, purpose);
        LOG.info(() -> "Resident " + mergedId + " merged into " + keptId + " (merge " + merge.getId() + ")");
        return MergeSummary.of(merge);
    }

    /** Undoes a merge: both records stand alone again, exactly as before it. */
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    public MergeSummary unmerge(long mergeId, String reason, String purpose) {
        ResidentMerge merge = em.find(ResidentMerge.class, mergeId, LockModeType.PESSIMISTIC_WRITE);
        if (merge == null) {
            throw new NotFound("merge", mergeId);
        }
        List<String> problems = MergeRules.problemsUnmerging(merge.isUndone(), reason);
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The merge was not undone.", problems);
        }
        Resident separated = locked(merge.getMergedId());
        separated.unmerge();
        Instant now = Instant.now();
        merge.undo(reason, caller(), now);
        Resident kept = em.find(Resident.class, merge.getKeptId());
        changes.publish(ResidentChange.merge(ResidentChange.UNMERGED, merge.getKeptId(),
                kept == null ? java.util.Map.of() : ExternalReference.byKey(kept.getReferences()), merge.getMergedId(),
                ExternalReference.byKey(separated.getReferences()), now));
        if (merge.getReviewId() != null) {
            IdentityReview review = em.find(IdentityReview.class, merge.getReviewId());
            if (review != null) {
                review.reopen();
            }
        }
        audit.record(AuditTrail.Action.UPDATE, "resident", merge.getKeptId(), purpose);
        audit.record(AuditTrail.Action.UPDATE, "resident", merge.getMergedId(), purpose);
        LOG.info(() -> "Merge " + mergeId + " undone");
        return MergeSummary.of(merge);
    }

    /** Every merge this record took part in, newest first. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<MergeSummary> history(long residentId, String purpose) {
        audit.record(AuditTrail.Action.READ, "resident", residentId, purpose);
        return em.createQuery("SELECT m FROM ResidentMerge m WHERE m.keptId = :r OR m.mergedId = :r"
                        + " ORDER BY m.mergedAt DESC, m.id DESC", ResidentMerge.class)
                .setParameter("r", residentId).getResultList().stream().map(MergeSummary::of).toList();
    }

    private Resident locked(long id) {
        Resident r = em.find(Resident.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFound("resident", id);
        }
        return r;
    }

    private String caller() {
        return ActingAs.who(session.getCallerPrincipal());
    }
}
