package uk.gov.council.cs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.Collection;

/**
 * Writes the audit trail of reads and changes of people's records, inside the caller's
 * transaction so that a change and its audit row stand or fall together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    public enum Action { READ, CREATE, UPDATE, DELETE, EXPORT }

    /** Used when a caller gives no purpose: the screen or interface is then the purpose. */
    public static final String UNSTATED_PURPOSE = "not stated";
    /** The container's name for a caller with no identity: a job running as its run-as role. */

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private Principal caller;

    public void record(Action action, String subjectType, long subjectId, String purpose) {
        em.persist(new AuditEvent(Instant.now(), callerName(), action.name(), subjectType, subjectId, purposeOrDefault(purpose)));
    }

    public void recordAll(Action action, String subjectType, Collection<Long> subjectIds, String purpose) {
        Instant now = Instant.now();
        String who = callerName();
        String why = purposeOrDefault(purpose);
        for (Long id : subjectIds) {
            em.persist(new AuditEvent(now, who, action.name(), subjectType, id, why));
        }
    }

    private String callerName() {
        return ActingAs.who(caller);
    }

    private static String purposeOrDefault(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return UNSTATED_PURPOSE;
        }
        return purpose.length() > 200 ? purpose.substring(0, 200) : purpose;
    }
}
