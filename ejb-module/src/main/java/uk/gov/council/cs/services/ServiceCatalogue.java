package uk.gov.council.cs.services;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.gov.council.cs.intake.RejectedRecords;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;

/**
 * The council's A-Z of services: imported from the Local Government Service List, plus the
 * council's own. Importing the list again renames changed services and adds new ones; it never
 * removes a service that contacts may refer to.
 */
@Stateless
public class ServiceCatalogue {

    /** Where refused rows of an LGSL import wait to be corrected and imported again. */
    public static final String LGSL_IMPORT = "file:LGSL";
    private static final Logger LOG = Logger.getLogger(ServiceCatalogue.class.getName());

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @EJB
    private RejectedRecords rejected;

    /** What an import did; refused rows are kept as rejected records. */
    public record ImportReport(int added, int renamed, int unchanged, int refused) {
        public String describe() {
            return added + " added, " + renamed + " renamed, " + unchanged + " unchanged, " + refused
                    + (refused == 1 ? " row refused" : " rows refused") + (refused > 0 ? " (see Rejected records)." : ".");
        }
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public ImportReport importLgsl(String csv) {
        LgslFile.Contents contents;
        try {
            contents = LgslFile.read(new StringReader(csv == null ? "" : csv));
        } catch (LgslFile.Unreadable e) {
            throw new DetailsRefused("The service list was not imported.", List.of(e.getMessage()));
        }
        int added = 0;
        int renamed = 0;
        int unchanged = 0;
        for (LgslFile.Row row : contents.rows()) {
            Optional<Service> existing = byLgslId(row.lgslId());
            if (existing.isEmpty()) {
                em.persist(Service.fromLgsl(row.lgslId(), row.label()));
                added++;
            } else if (!existing.get().getName().equals(row.label())) {
                existing.get().rename(row.label());
                renamed++;
            } else {
                unchanged++;
            }
        }
        for (LgslFile.RefusedRow row : contents.refused()) {
            rejected.quarantine(LGSL_IMPORT, row.text(), row.reason());
        }
        ImportReport report = new ImportReport(added, renamed, unchanged, contents.refused().size());
        LOG.info(() -> "LGSL import: " + report.describe());
        return report;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public ServiceSummary addLocal(String name) {
        String tidy = name == null ? "" : name.trim().replaceAll("\\s+", " ");
        if (tidy.isEmpty() || tidy.length() > 200) {
            throw new DetailsRefused("The service was not added.", List.of("A service's name is 1 to 200 characters."));
        }
        boolean taken = !em.createQuery("SELECT s FROM Service s WHERE LOWER(s.name) = LOWER(:n)", Service.class)
                .setParameter("n", tidy).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new DetailsRefused("The service was not added.", List.of("There is already a service called \"" + tidy + "\"."));
        }
        Service service = Service.local(tidy);
        em.persist(service);
        em.flush();
        return ServiceSummary.of(service);
    }

    /** Retires a service from new contacts (or brings it back); what refers to it keeps it. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ServiceSummary setActive(long id, boolean active) {
        Service service = em.find(Service.class, id);
        if (service == null) {
            throw new NotFound("service", id);
        }
        service.setActive(active);
        return ServiceSummary.of(service);
    }

    /** The A-Z: active services by name (every member of staff picks services). */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    public List<ServiceSummary> aToZ() {
        return em.createQuery("SELECT s FROM Service s WHERE s.active = TRUE ORDER BY LOWER(s.name), s.id", Service.class)
                .getResultList().stream().map(ServiceSummary::of).toList();
    }

    private Optional<Service> byLgslId(int lgslId) {
        return em.createQuery("SELECT s FROM Service s WHERE s.lgslId = :id", Service.class)
                .setParameter("id", lgslId).getResultList().stream().findFirst();
    }
}
