package uk.gov.council.cs.backoffice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.residents.Address;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.residents.RegistrationOutcome;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.ResidentDetails;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Applies a row of the housing system's tenancy extract: the tenant matched or registered exactly as a
 * registration from the desk (linked, registered, or registered and raised for review), the tenancy
 * reference kept on their record, the property made their address while the tenancy runs (the old one
 * goes into their history), the phone, e-mail and NI number added where the council had none of them,
 * and the tenancy on their timeline.
 *
 * <p>Each row is its own transaction, and the row's key with a digest of its content is what makes it
 * safe to apply a file again: a row already applied unchanged is a counted duplicate, a changed row
 * applies only its change. So a file interrupted by a restart is simply read again from the top.
 * The council's own record keeps the name and date of birth staff have checked: a housing system's
 * spelling does not overwrite them (the matching decides whether it is the same person).
 */
@Stateless
@RolesAllowed(Roles.BACK_OFFICE_SYSTEM)
public class Tenancies {

    public enum Result { APPLIED, CHANGED, DUPLICATE }

    /**
     * What became of the row.
     *
     * @param matching how the tenant was found the first time the row was applied (null for a duplicate or a change)
     */
    public record Applied(long recordId, Result result, long residentId, RegistrationOutcome.Result matching) {
    }

    private static final Feed FEED = Feed.HOUSING_TENANCIES;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @EJB
    private ResidentService residents;

    @Inject
    private TimelineRecorder timeline;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public Applied apply(TenantRecord row) {
        Instant now = Instant.now(clock);
        String hash = row.contentHash();
        BackOfficeRecord seen = em.createQuery(
                        "SELECT r FROM BackOfficeRecord r WHERE r.feed = :feed AND r.recordKey = :key", BackOfficeRecord.class)
                .setParameter("feed", FEED).setParameter("key", row.key())
                .getResultStream().findFirst().orElse(null);
        if (seen != null && hash.equals(seen.getContentHash())) {
            seen.seenAgain(now);
            return new Applied(seen.getId(), Result.DUPLICATE, seen.getResidentId(), null);
        }
        String purpose = "tenancy " + row.reference() + " from the housing system's extract";
        long resident;
        RegistrationOutcome.Result matching = null;
        if (seen == null) {
            RegistrationOutcome outcome = residents.register(row.registration(), purpose);
            resident = outcome.resident().id();
            matching = outcome.result();
        } else {
            Resident onFile = em.find(Resident.class, seen.getResidentId());
            resident = onFile == null ? seen.getResidentId() : BackOfficeEvents.kept(em, onFile);
        }
        residents.addReference(resident, ReferenceSystem.HOUSING_TENANCY, row.reference(), purpose);
        bringUpToDate(resident, row, purpose);
        BackOfficeRecord record;
        if (seen == null) {
            record = new BackOfficeRecord(FEED, row.key(), "tenancy", row.startDate().atStartOfDay(CouncilTime.ZONE).toInstant(), now, hash, resident);
            em.persist(record);
            em.flush();
        } else {
            record = seen;
            record.changed(hash, now, resident);
        }
        // Dated when the council learnt of it (the summary gives the tenancy's dates): an entry dated at a tenancy's start
        // years ago would be erased by retention the next night while the tenancy still runs.
        timeline.record(resident, now, FEED.timelineKind(), null,
                seen == null ? row.summary() : row.changeSummary(), BackOfficeEvents.TIMELINE_SOURCE, record.getId(),
                FEED.systemName());
        audit.record(AuditTrail.Action.UPDATE, "resident", resident,
                "housing tenancy record " + record.getId() + " on the timeline");
        return new Applied(record.getId(), seen == null ? Result.APPLIED : Result.CHANGED, resident, matching);
    }

    /** The property as the address while the tenancy runs; contact details and NI number the council lacked. */
    private void bringUpToDate(long residentId, TenantRecord row, String purpose) {
        ResidentProfile now = ResidentProfile.of(em.find(Resident.class, residentId), List.of());
        LocalDate today = CouncilTime.today(clock);
        Address address = row.isCurrentOn(today) && !row.sameProperty(now.address()) ? row.property() : now.address();
        String ni = (now.niNumber() == null || now.niNumber().isBlank()) && row.niNumber() != null ? row.niNumber() : now.niNumber();
        Set<String> phones = new LinkedHashSet<>(now.phones());
        if (row.phone() != null && phones.stream().noneMatch(p -> ResidentDetails.nationalPhone(p)
                .equals(ResidentDetails.nationalPhone(row.phone())))) {
            phones.add(row.phone());
        }
        Set<String> emails = new LinkedHashSet<>(now.emails());
        if (row.email() != null && emails.stream().noneMatch(e -> e.equalsIgnoreCase(row.email().strip()))) {
            emails.add(row.email().strip().toLowerCase(Locale.UK));
        }
        if (address == now.address() && java.util.Objects.equals(ni, now.niNumber()) && phones.equals(now.phones())
                && emails.equals(now.emails())) {
            return;
        }
        residents.update(residentId, new ResidentDetails(now.forename(), now.middleNames(), now.surname(), now.dateOfBirth(),
                address, ni, phones, emails, now.preferredLanguage(), now.interpreterNeeded(), now.communicationNeeds(),
                now.reasonableAdjustments()), purpose);
    }
}
