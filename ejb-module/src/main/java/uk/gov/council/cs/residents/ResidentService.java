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
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.identity.MergedRecords;
import uk.gov.council.cs.residents.identity.ResidentMatching;
import uk.gov.council.cs.residents.identity.ReviewQueue;
import uk.gov.council.cs.residents.matching.MatchDecision;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;

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

    @Inject
    private ResidentMatching matching;

    @Inject
    private ReviewQueue reviews;

    @Inject
    private MergedRecords mergedRecords;

    @Inject
    private ResidentChanges changes;

    private final Clock clock = Clock.systemUTC();

    /**
     * Registers a resident unless they are already on file. The details are matched against the
     * residents on file first: a certain match links to that resident instead of creating a second
     * record; a possible match creates the record and raises the pair for staff to review.
     */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    public RegistrationOutcome register(ResidentRegistration details, String purpose) {
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidResidentDetails(problems);
        }
        List<ResidentMatching.Assessed> matches = matching.assess(details.asPersonDetails());
        if (!matches.isEmpty() && matches.get(0).result().decision() == MatchDecision.LINK) {
            Resident existing = matches.get(0).onFile();
            audit.record(AuditTrail.Action.READ, "resident", existing.getId(), purpose);
            return new RegistrationOutcome(ResidentSummary.of(existing), RegistrationOutcome.Result.LINKED_TO_EXISTING,
                    matches.get(0).result().explanation(), List.of());
        }
        Resident resident = new Resident(details, Instant.now(clock));
        em.persist(resident);
        em.flush();
        audit.record(AuditTrail.Action.CREATE, "resident", resident.getId(), purpose);
        List<Long> raised = reviews.raise(resident, matches);
        return new RegistrationOutcome(ResidentSummary.of(resident), raised.isEmpty()
                ? RegistrationOutcome.Result.REGISTERED : RegistrationOutcome.Result.REGISTERED_FOR_REVIEW,
                raised.isEmpty() ? "" : matches.get(0).result().explanation(), raised);
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

    /** The whole of one resident's own record; audited as read with the caller's purpose. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public ResidentProfile profile(long id, String purpose) {
        Resident resident = existing(id);
        audit.record(AuditTrail.Action.READ, "resident", id, purpose);
        return ResidentProfile.of(resident, mergedRecords.mergedInto(id));
    }

    /** Corrects the record (or a back-office system moves the resident to a tenancy); an old name or address goes into the history. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    public ResidentProfile update(long id, ResidentDetails details, String purpose) {
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidResidentDetails(problems);
        }
        Resident resident = existing(id);
        ResidentProfile before = ResidentProfile.of(resident);
        resident.update(details, CouncilTime.today(clock));
        em.flush();
        ResidentProfile after = ResidentProfile.of(resident);
        // Sent with the commit, or not at all: subscribers never hear of a change that was rolled back.
        ResidentChange.between(before, after, ExternalReference.byKey(resident.getReferences()), Instant.now(clock))
                .ifPresent(changes::publish);
        audit.record(AuditTrail.Action.UPDATE, "resident", id, purpose);
        return after;
    }

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    public ResidentProfile flagVulnerability(long id, Vulnerability flag, String note, String purpose) {
        if (flag == null) {
            throw new InvalidResidentDetails(List.of("Choose which vulnerability to record."));
        }
        if (note != null && note.length() > 500) {
            throw new InvalidResidentDetails(List.of("The note on a vulnerability is longer than 500 characters."));
        }
        Resident resident = existing(id);
        resident.flag(flag, note, CouncilTime.today(clock));
        // Written now, as update does: a later read of the record with a lock in the same transaction refreshes it
        // from the database, and would drop a change still held in memory (it dropped the demo's references).
        em.flush();
        audit.record(AuditTrail.Action.UPDATE, "resident", id, purpose);
        return ResidentProfile.of(resident);
    }

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    public ResidentProfile removeVulnerability(long id, Vulnerability flag, String purpose) {
        Resident resident = existing(id);
        if (resident.unflag(flag)) {
            em.flush();
            audit.record(AuditTrail.Action.UPDATE, "resident", id, purpose);
        }
        return ResidentProfile.of(resident);
    }

    /** Records the key a back-office system knows the resident by. */
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    public ResidentProfile addReference(long id, ReferenceSystem system, String reference, String purpose) {
        if (system == null || reference == null || reference.isBlank() || reference.length() > 50) {
            throw new InvalidResidentDetails(List.of("A reference needs its system and a value of 1 to 50 characters."));
        }
        Resident resident = existing(id);
        if (resident.addReference(new ExternalReference(system, reference))) {
            em.flush();
            audit.record(AuditTrail.Action.UPDATE, "resident", id, purpose);
        }
        return ResidentProfile.of(resident);
    }

    private Resident existing(long id) {
        Resident resident = em.find(Resident.class, id);
        if (resident == null) {
            throw new NotFound("resident", id);
        }
        return resident;
    }

    /** One page of residents by surname; each resident shown is audited as read. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<ResidentSummary> list(int first, int max, String purpose) {
        List<Resident> page = em.createQuery(
                        "SELECT r FROM Resident r WHERE r.mergedInto IS NULL ORDER BY r.surname, r.forename, r.id", Resident.class)
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
