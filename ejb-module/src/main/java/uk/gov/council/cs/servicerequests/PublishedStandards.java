package uk.gov.council.cs.servicerequests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.services.Service;

/**
 * The council's published service standards, kept by administrators. A change applies to requests
 * received from then on; those already received keep the dates they were given.
 */
@Stateless
public class PublishedStandards {

    private static final Logger LOG = Logger.getLogger(PublishedStandards.class.getName());

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    public record Standard(long id, StandardDetails details, String serviceName) {
    }

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    public List<Standard> all() {
        return em.createQuery("SELECT s FROM ServiceStandard s ORDER BY s.id", ServiceStandard.class).getResultList()
                .stream().map(this::view).toList();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Standard publish(StandardDetails details) {
        check(details);
        // One standard per service, channel and step: a second would never apply, so it is refused.
        var same = em.createQuery("SELECT s FROM ServiceStandard s WHERE s.step = :step"
                + (details.serviceId() == null ? " AND s.serviceId IS NULL" : " AND s.serviceId = :service")
                + (details.channel() == null ? " AND s.channel IS NULL" : " AND s.channel = :channel"), ServiceStandard.class)
                .setParameter("step", details.step());
        if (details.serviceId() != null) {
            same.setParameter("service", details.serviceId());
        }
        if (details.channel() != null) {
            same.setParameter("channel", details.channel());
        }
        List<ServiceStandard> existing = same.getResultList();
        if (!existing.isEmpty()) {
            throw new DetailsRefused("The service standard was not saved.", List.of("Standard " + existing.get(0).getId()
                    + " already sets this step for the same service and channel; change that one instead."));
        }
        ServiceStandard standard = new ServiceStandard(details);
        em.persist(standard);
        em.flush();
        LOG.info(() -> "Service standard " + standard.getId() + " published");
        return view(standard);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Standard change(long id, StandardDetails details) {
        check(details);
        ServiceStandard standard = existing(id);
        standard.change(details);
        return view(standard);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void withdraw(long id) {
        em.remove(existing(id));
    }

    private void check(StandardDetails details) {
        List<String> problems = new java.util.ArrayList<>(details.problems());
        if (details.serviceId() != null && em.find(Service.class, details.serviceId()) == null) {
            problems.add("There is no service " + details.serviceId() + " in the A-Z.");
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The service standard was not saved.", problems);
        }
    }

    private ServiceStandard existing(long id) {
        ServiceStandard standard = em.find(ServiceStandard.class, id);
        if (standard == null) {
            throw new NotFound("service standard", id);
        }
        return standard;
    }

    private Standard view(ServiceStandard s) {
        StandardDetails d = s.details();
        return new Standard(s.getId(), d, d.serviceId() == null ? null : em.find(Service.class, d.serviceId()).getName());
    }
}
