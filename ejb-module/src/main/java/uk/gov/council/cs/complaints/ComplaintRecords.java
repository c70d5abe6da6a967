package uk.gov.council.cs.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The register's records as the retention schedule sees them: which have expired, and erasing one
 * with everything that hangs from it (a complaint's stages, clocks, letters, remedies, actions,
 * history and Ombudsman cases, and its timeline entries), inside the retention run's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintRecords {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    /**
     * Feedback received before {@code cutoff} ([id, resident id]): comments, compliments and survey
     * answers, and complaints no longer open with no Ombudsman case awaiting its decision.
     */
    public List<Object[]> expired(Instant cutoff) {
        return em.createQuery("SELECT f.id, f.residentId FROM Feedback f WHERE f.receivedAt < :cutoff"
                        + " AND NOT EXISTS (SELECT c.id FROM Complaint c WHERE c.id = f.id AND c.state IN :open)"
                        + " AND NOT EXISTS (SELECT o.id FROM OmbudsmanCase o WHERE o.complaintId = f.id AND o.decision IS NULL)"
                        + " AND NOT EXISTS (SELECT s.id FROM Feedback s WHERE s.aboutComplaintId = f.id AND s.receivedAt >= :cutoff)",
                        Object[].class)
                .setParameter("cutoff", cutoff)
                .setParameter("open", List.of(ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED, ComplaintState.ACCEPTED,
                        ComplaintState.INVESTIGATING))
                .getResultList();
    }

    @jakarta.inject.Inject
    private uk.gov.council.cs.persistence.ErasedRecords erasedRecords;

    public void erase(List<Long> feedbackIds) {
        for (int from = 0; from < feedbackIds.size(); from += BATCH) {
            List<Long> ids = feedbackIds.subList(from, Math.min(feedbackIds.size(), from + BATCH));
            erasedRecords.beforeErasing("feedback", ids);
            List<Long> cases = em.createQuery("SELECT o.id FROM OmbudsmanCase o WHERE o.complaintId IN :ids", Long.class)
                    .setParameter("ids", ids).getResultList();
            if (!cases.isEmpty()) {
                em.createQuery("DELETE FROM OmbudsmanItem i WHERE i.caseId IN :cases").setParameter("cases", cases).executeUpdate();
                em.createQuery("DELETE FROM OmbudsmanCase o WHERE o.id IN :cases").setParameter("cases", cases).executeUpdate();
            }
            List<Long> letters = em.createQuery("SELECT l.id FROM ComplaintLetter l WHERE l.complaintId IN :ids", Long.class)
                    .setParameter("ids", ids).getResultList();
            if (!letters.isEmpty()) {
                em.createQuery("DELETE FROM TimelineEntry e WHERE e.sourceType = 'complaint-letter' AND e.sourceId IN :letters")
                        .setParameter("letters", letters).executeUpdate();
            }
            for (String child : List.of("ComplaintLetter", "ComplaintStep", "ComplaintStage", "ComplaintRemedy",
                    "ComplaintAction", "ComplaintHistory", "ComplaintAdjustment")) {
                em.createQuery("DELETE FROM " + child + " x WHERE x.complaintId IN :ids").setParameter("ids", ids).executeUpdate();
            }
            // The element collections (other services, named staff) go with their complaint.
            em.createQuery("SELECT c FROM Complaint c WHERE c.id IN :ids", Complaint.class).setParameter("ids", ids)
                    .getResultList().forEach(em::remove);
            em.flush();
            em.createQuery("DELETE FROM TimelineEntry e WHERE e.sourceType IN ('complaint', 'feedback') AND e.sourceId IN :ids")
                    .setParameter("ids", ids).executeUpdate();
            em.createQuery("DELETE FROM Feedback f WHERE f.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
    }
}
