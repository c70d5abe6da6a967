package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.complaints.ContactRestrictions;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.ResidentService;

/**
 * The resident every page under /residents/ is about: who they are for the identity bar, and what must
 * be seen before speaking to them (restrictions in force, vulnerabilities, communication needs).
 * Each page opens it from its id parameter; opening is audited as a read of the record.
 */
@Named
@ViewScoped
public class ResidentRecord implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "single customer view (adviser's desk)";

    @EJB
    private transient ResidentService residents;
    @EJB
    private transient ContactRestrictions restrictions;
    @Inject
    private ContactClock clock;

    private long id;
    private ResidentProfile profile;
    private List<ContactRestrictions.RestrictionView> restrictionsHeld;

    /** Called by the page's view action once the id parameter is set. */
    public void open() {
        try {
            profile = residents.profile(id, PURPOSE);
        } catch (NotFound e) {
            profile = null;
            return;
        }
        restrictionsHeld = restrictions.ofResident(id, PURPOSE);
        clock.opened(id);
    }

    /** The record as a page that read it with more besides (the overview) found it. */
    void opened(ResidentProfile found, List<ContactRestrictions.RestrictionView> restrictionsFound) {
        profile = found;
        restrictionsHeld = restrictionsFound;
        if (found != null) {
            clock.opened(id);
        }
    }

    public boolean isFound() {
        return profile != null;
    }

    public String getName() {
        return profile == null ? "Resident not found" : profile.fullName();
    }

    public List<ContactRestrictions.RestrictionView> getRestrictions() {
        return restrictionsHeld == null ? List.of() : restrictionsHeld;
    }

    public List<ContactRestrictions.RestrictionView> getRestrictionsInForce() {
        return getRestrictions().stream().filter(ContactRestrictions.RestrictionView::inForce).toList();
    }

    public boolean isAlerts() {
        return profile != null && (profile.hasAlerts() || !getRestrictionsInForce().isEmpty());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ResidentProfile getProfile() {
        return profile;
    }
}
