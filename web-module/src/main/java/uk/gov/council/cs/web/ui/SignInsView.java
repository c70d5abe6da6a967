package uk.gov.council.cs.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.signin.ApiTokens;
import uk.gov.council.cs.signin.SignInOverview;
import uk.gov.council.cs.signin.SignIns;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffKind;
import uk.gov.council.cs.staff.StaffMember;
import uk.gov.council.cs.workingdays.CouncilTime;

/** Administrators' view of sign-ins: locks to lift, accounts being tried, and system accounts' API tokens. */
@Named
@ViewScoped
public class SignInsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient SignIns signIns;

    @EJB
    private transient ApiTokens tokens;

    @EJB
    private transient StaffAccounts accounts;

    private SignInOverview overview;
    private List<ApiTokens.TokenView> issued;
    private List<StaffMember> systems;
    private String tokenFor;
    private String tokenLabel;
    /** A token just issued, shown once. */
    private String newToken;

    @PostConstruct
    void load() {
        overview = signIns.overview(Duration.ofHours(24), 50);
        issued = tokens.all();
        systems = accounts.all().stream().filter(a -> a.kind() == StaffKind.SYSTEM).toList();
    }

    public SignInOverview getOverview() {
        return overview;
    }

    public List<ApiTokens.TokenView> getTokens() {
        return issued;
    }

    public List<StaffMember> getSystemAccounts() {
        return systems;
    }

    public String when(Instant instant) {
        return CouncilTime.readable(instant);
    }

    public String from(SignInOverview.Lock lock) {
        return lock.sourceAddress() == null ? "every address" : lock.sourceAddress();
    }

    public void lift(long id) {
        try {
            SignInOverview.Lock lifted = signIns.lift(id);
            Messages.done("The lock on " + lifted.username() + " from " + from(lifted) + " is lifted.");
        } catch (NotFound e) {
            Messages.refused(new DetailsRefused("Nothing was lifted.", List.of(e.getMessage())));
        }
        load();
    }

    public void issue() {
        try {
            newToken = tokens.issue(tokenFor, tokenLabel).token();
            Messages.done("A token was issued to " + tokenFor + ". Copy it now: it is shown only this once.");
            tokenLabel = null;
        } catch (DetailsRefused e) {
            Messages.refused(e);
        } catch (NotFound e) {
            Messages.refused(new DetailsRefused("No token was issued.", List.of(e.getMessage())));
        }
        load();
    }

    public void revoke(long id) {
        ApiTokens.TokenView revoked = tokens.revoke(id);
        Messages.done("Token " + revoked.shownPrefix() + "... of " + revoked.username() + " is revoked.");
        load();
    }

    public String getTokenFor() {
        return tokenFor;
    }

    public void setTokenFor(String tokenFor) {
        this.tokenFor = tokenFor;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public void setTokenLabel(String tokenLabel) {
        this.tokenLabel = tokenLabel;
    }

    public String getNewToken() {
        return newToken;
    }
}
