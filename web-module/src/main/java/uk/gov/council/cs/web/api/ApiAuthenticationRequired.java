package uk.gov.council.cs.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * An API call with no (or wrong) credentials gets 401 with a Basic challenge, not the staff
 * sign-in page. Calls with good credentials then meet each resource's @RolesAllowed (403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"council\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("Sign in with a staff or system account (HTTP Basic) to use the API.", java.util.List.of()))
                    .build());
        }
    }
}
