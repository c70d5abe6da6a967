package uk.gov.council.cs.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the audit trail of reads and changes of people's records, inside the caller's
 * transaction so that a change and its audit row stand or fall together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    public enum Action { READ, CREATE, UPDATE, DELETE, EXPORT }

    private static final Object READS_IN_THIS_TRANSACTION = AuditTrail.class.getName() + ".reads";

    /** Used when a caller gives no purpose: the screen or interface is then the purpose. */
    public static final String UNSTATED_PURPOSE = "not stated";
    /** The container's name for a caller with no identity: a job running as its run-as role. */

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private Principal caller;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    public void record(Action action, String subjectType, long subjectId, String purpose) {
        String why = purposeOrDefault(purpose);
        if (action == Action.READ && !firstReadInThisTransaction(subjectType, subjectId, why)) {
            return;
        }
        em.persist(new AuditEvent(Instant.now(), callerName(), action.name(), subjectType, subjectId, why));
    }

    /**
     * One page that reads a record through several capabilities in one transaction (the resident's
     * overview) is one read of it: the same caller, record and purpose are recorded once.
     */
    @SuppressWarnings("unchecked")
    private boolean firstReadInThisTransaction(String subjectType, long subjectId, String purpose) {
        Set<String> read = (Set<String>) transaction.getResource(READS_IN_THIS_TRANSACTION);
        if (read == null) {
            read = new HashSet<>();
            transaction.putResource(READS_IN_THIS_TRANSACTION, read);
        }
        return read.add(subjectType + '\u0000' + subjectId + '\u0000' + purpose);
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
