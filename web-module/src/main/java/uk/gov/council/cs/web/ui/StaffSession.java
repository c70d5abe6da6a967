package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import uk.gov.council.cs.security.Roles;

/** Who is signed in, what the menus may offer them, and signing out. */
@Named
@RequestScoped
public class StaffSession {

    private HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    public String getUsername() {
        return isSignedIn() ? request().getUserPrincipal().getName() : "";
    }

    private boolean any(String... roles) {
        HttpServletRequest r = request();
        for (String role : roles) {
            if (r.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMayUseResidents() {
        return any(Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
                Roles.ADMINISTRATOR);
    }

    public boolean isMayRegisterResidents() {
        return any(Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR);
    }

    public boolean isMayUseReports() {
        return any(Roles.SENIOR_MANAGER, Roles.EQUALITY_OFFICER, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR);
    }

    public boolean isMayUseComplaints() {
        return any(Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR);
    }

    /** Those who work on complaints themselves (administrators see the workbench but take no steps). */
    public boolean isMayHandleComplaints() {
        return any(Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE);
    }

    /** The complaints team keeps the Ombudsman's cases. */
    public boolean isComplaintsOfficer() {
        return any(Roles.COMPLAINTS_OFFICER);
    }

    public boolean isMayRestrictContact() {
        return any(Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE);
    }

    /** Those who may ask the equality monitoring questions and record the answers (none may read them back here). */
    public boolean isMayAskEqualityQuestions() {
        return any(Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.EQUALITY_OFFICER);
    }

    public boolean isMayReviewIdentities() {
        return any(Roles.ADVISER, Roles.ADMINISTRATOR);
    }

    /** Those who own the annual complaints report read what the council entered for it; administrators change it. */
    public boolean isMayReadAnnualReportInputs() {
        return any(Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR);
    }

    public boolean isAdministrator() {
        return any(Roles.ADMINISTRATOR);
    }

    public void signOut() throws IOException {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        ctx.invalidateSession();
        ctx.redirect(ctx.getRequestContextPath() + "/index.xhtml");
    }
}
