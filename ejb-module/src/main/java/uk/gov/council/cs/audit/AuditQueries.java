package uk.gov.council.cs.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.gov.council.cs.security.Roles;

/** Lets administrators see who looked at or changed a record. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditQueries {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    public List<AuditEvent> forSubject(String subjectType, long subjectId, int max) {
        return em.createQuery("SELECT a FROM AuditEvent a WHERE a.subjectType = :t AND a.subjectId = :id "
                        + "ORDER BY a.occurredAt DESC, a.id DESC", AuditEvent.class)
                .setParameter("t", subjectType)
                .setParameter("id", subjectId)
                .setMaxResults(Math.min(Math.max(1, max), 1000))
                .getResultList();
    }
}
