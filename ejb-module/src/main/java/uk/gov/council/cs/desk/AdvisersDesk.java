package uk.gov.council.cs.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.ContactRestrictions;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.timeline.Timeline;
import uk.gov.council.cs.timeline.TimelineFilter;

/**
 * The adviser's desk: a resident's overview gathered from the capabilities that own each part, in one
 * transaction (the page is opened dozens of times an hour by every adviser, so it pays one commit, not
 * five). Each part is read, and audited, by its owner as when read alone.
 */
@Stateless
public class AdvisersDesk {

    /** How many of the latest timeline entries the overview shows. */
    public static final int LATEST = 5;

    @EJB
    private ResidentService residents;
    @EJB
    private ContactRestrictions restrictions;
    @EJB
    private Complaints complaints;
    @EJB
    private ServiceRequests serviceRequests;
    @EJB
    private Timeline timeline;

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public ResidentOverview overview(long residentId, String purpose) {
        return new ResidentOverview(residents.profile(residentId, purpose), restrictions.ofResident(residentId, purpose),
                complaints.ofResident(residentId, purpose).stream().filter(q -> q.state().open()).toList(),
                serviceRequests.openFor(residentId, purpose),
                timeline.page(residentId, TimelineFilter.EVERYTHING, 0, LATEST, purpose));
    }
}
