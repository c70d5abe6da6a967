package uk.gov.council.cs.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.security.Roles;

/** The demo investigating officer: responds to, or extends, the demo complaints assigned to them. */
@Stateless
@RunAs(Roles.INVESTIGATING_OFFICER)
@RolesAllowed(Roles.COMPLAINTS_OFFICER)
public class DemoInvestigatingOfficer {

    @EJB
    private Complaints complaints;

    public void respond(long id, ComplaintViews.Response response) {
        ActingAs.job(DemoComplaintsTeam.INVESTIGATOR, () -> complaints.respond(id, response, DemoComplaintsTeam.PURPOSE));
    }

    /** The named officer (the investigator, or the head of service at stage 2) responds. */
    public void respondAs(String officer, long id, ComplaintViews.Response response) {
        ActingAs.job(officer, () -> complaints.respond(id, response, DemoComplaintsTeam.PURPOSE));
    }

    /** The action's owner reports it done; the complaints team confirms it with evidence later. */
    public void reportActionDone(long actionId) {
        ActingAs.job(DemoComplaintsTeam.INVESTIGATOR, () -> complaints.reportActionDone(actionId, DemoComplaintsTeam.PURPOSE));
    }

    public void extend(long id, int workingDays, String reason) {
        ActingAs.job(DemoComplaintsTeam.INVESTIGATOR, () -> complaints.extend(id, workingDays, reason, DemoComplaintsTeam.PURPOSE));
    }
}
