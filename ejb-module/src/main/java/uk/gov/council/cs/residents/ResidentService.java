package uk.gov.council.cs.residents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.security.Roles;

/**
 * Registers, finds and lists residents. Every read and change of a person's record is audited
 * with the purpose the caller gave (UK GDPR accountability).
 */
@Stateless
public class ResidentService {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    public ResidentSummary register(ResidentRegistration details, String purpose) {
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidResidentDetails(problems);
        }
        Resident resident = new Resident(details, Instant.now(clock));
        em.persist(resident);
        em.flush();
        audit.record(AuditTrail.Action.CREATE, "resident", resident.getId(), purpose);
        return ResidentSummary.of(resident);
    }

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public Optional<ResidentSummary> find(long id, String purpose) {
        Resident resident = em.find(Resident.class, id);
        if (resident == null) {
            return Optional.empty();
        }
        audit.record(AuditTrail.Action.READ, "resident", id, purpose);
        return Optional.of(ResidentSummary.of(resident));
    }

    /** One page of residents by surname; each resident shown is audited as read. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<ResidentSummary> list(int first, int max, String purpose) {
        List<Resident> page = em.createQuery(
                        "SELECT r FROM Resident r ORDER BY r.surname, r.forename, r.id", Resident.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), 500))
                .getResultList();
        audit.recordAll(AuditTrail.Action.READ, "resident", page.stream().map(Resident::getId).toList(), purpose);
        return page.stream().map(ResidentSummary::of).toList();
    }

    /** A count holds no personal data, so it is not audited. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER})
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM Resident r", Long.class).getSingleResult();
    }
}
