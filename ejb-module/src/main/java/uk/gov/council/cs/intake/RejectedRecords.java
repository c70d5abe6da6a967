package uk.gov.council.cs.intake;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.audit.ActingAs;

/** The quarantine store of incoming records that were refused, with their reasons. */
@Stateless
public class RejectedRecords {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Kept in its own transaction, so the record survives whatever happens to the caller's work. */
    @RolesAllowed({Roles.BACK_OFFICE_SYSTEM, Roles.ADMINISTRATOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long quarantine(String source, String payload, String reason) {
        RejectedRecord rejected = new RejectedRecord(source, Instant.now(), payload, reason);
        em.persist(rejected);
        em.flush();
        return rejected.getId();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<RejectedRecord> awaitingAttention(int max) {
        return em.createQuery("SELECT r FROM RejectedRecord r WHERE r.status = :s ORDER BY r.receivedAt DESC, r.id DESC",
                        RejectedRecord.class)
                .setParameter("s", RejectedRecord.Status.QUARANTINED)
                .setMaxResults(Math.min(Math.max(1, max), 1000))
                .getResultList();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    public Optional<RejectedRecord> find(long id) {
        return Optional.ofNullable(em.find(RejectedRecord.class, id));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void markReplayed(long id) {
        resolve(id, RejectedRecord.Status.REPLAYED);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void discard(long id) {
        resolve(id, RejectedRecord.Status.DISCARDED);
    }

    private void resolve(long id, RejectedRecord.Status outcome) {
        RejectedRecord record = em.find(RejectedRecord.class, id);
        if (record == null) {
            throw new NotFound("rejected record", id);
        }
        record.resolve(outcome, Instant.now(), ActingAs.who(session.getCallerPrincipal()));
    }
}
