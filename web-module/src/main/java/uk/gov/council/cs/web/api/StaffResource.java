package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.signin.ApiTokens;
import uk.gov.council.cs.signin.SignInOverview;
import uk.gov.council.cs.signin.SignIns;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffMember;

/** Staff and system accounts, their sign-ins and locks, and system accounts' API tokens: administrators only. */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
@Tag(name = "Staff accounts and sign-in")
public class StaffResource {

    /** A new account: a person's with a password, or a system's (kind SYSTEM) with no password, which then gets tokens. */
    public record NewAccount(String username, String displayName, Set<String> roles, String password, boolean system) {
    }

    public record NewPassword(String password) {
    }

    public record NewRoles(Set<String> roles) {
    }

    public record Enabled(boolean enabled) {
    }

    public record NewToken(String label) {
    }

    @EJB
    private StaffAccounts accounts;

    @EJB
    private SignIns signIns;

    @EJB
    private ApiTokens tokens;

    @GET
    @Operation(summary = "Every account, people first. Role: administrator.")
    public List<StaffMember> all() {
        return accounts.all();
    }

    @POST
    @Operation(summary = "Create an account. A person's needs a password of 8 characters or more; a system's (system=true) "
            + "has none and calls the API with tokens. 400 says what is wrong.")
    public Response create(NewAccount account) {
        if (account.system()) {
            accounts.createSystem(account.username(), account.displayName(), account.roles());
        } else {
            accounts.create(account.username(), account.displayName(), account.password(), account.roles());
        }
        return Response.status(Response.Status.CREATED).entity(accounts.member(account.username())).build();
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Set a new password; the old one is refused from the next request on, API calls included.")
    public Response password(@PathParam("username") String username, NewPassword change) {
        accounts.changePassword(username, change.password());
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/roles")
    @Operation(summary = "Replace the account's roles; they apply from its next request.")
    public StaffMember roles(@PathParam("username") String username, NewRoles change) {
        accounts.setRoles(username, change.roles());
        return accounts.member(username);
    }

    @PUT
    @Path("{username}/enabled")
    @Operation(summary = "Disable (or enable again) an account; a disabled one cannot sign in or call the API.")
    public Response enabled(@PathParam("username") String username, Enabled change) {
        accounts.setEnabled(username, change.enabled());
        return Response.noContent().build();
    }

    @GET
    @Path("sign-ins")
    @Operation(summary = "Locks in force, accounts with failed sign-ins in the last `hours` (24), the latest failures, "
            + "and the limits that lock an account.")
    public SignInOverview signIns(@QueryParam("hours") @DefaultValue("24") @Min(1) @Max(24 * 90) int hours,
                                  @QueryParam("max") @DefaultValue("50") @Min(1) @Max(Paging.MOST) int max) {
        return signIns.overview(java.time.Duration.ofHours(hours), max);
    }

    @GET
    @Path("{username}/sign-ins")
    @Operation(summary = "The sign-in attempts kept for one account (failures, refusals, and successes after failures), newest first.")
    public List<SignInOverview.Attempt> attempts(@PathParam("username") String username,
                                                 @QueryParam("max") @DefaultValue("100") @Min(1) @Max(Paging.MOST) int max) {
        return signIns.attempts(username, max);
    }

    @POST
    @Path("sign-in-locks/{id}/lift")
    @Operation(summary = "Lift a lock now, for example once the member of staff has confirmed it was them mistyping.")
    public SignInOverview.Lock lift(@PathParam("id") long id) {
        return signIns.lift(id);
    }

    @GET
    @Path("api-tokens")
    @Operation(summary = "Every API token issued: its label, first characters, who issued it, when last used, whether revoked.")
    public List<ApiTokens.TokenView> tokens() {
        return tokens.all();
    }

    @POST
    @Path("{username}/api-tokens")
    @Operation(summary = "Issue a token to a system account. The answer holds the token: it is shown this once, "
            + "so give it to the system's administrators now. Use it as `Authorization: Bearer <token>`.")
    public Response issue(@PathParam("username") String username, NewToken token) {
        return Response.status(Response.Status.CREATED).entity(tokens.issue(username, token.label())).build();
    }

    @POST
    @Path("api-tokens/{id}/revoke")
    @Operation(summary = "Revoke a token; calls with it are refused from now on.")
    public ApiTokens.TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
