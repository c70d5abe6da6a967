package uk.gov.council.cs.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.gov.council.cs.web.signin.StaffAuthentication;

/**
 * An API call with no (or wrong) credentials gets 401 with a Basic challenge, not the staff
 * sign-in page. Calls with good credentials then meet each resource's @RolesAllowed (403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationRequired implements ContainerRequestFilter {

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            // Credentials that were sent and refused carry the reason (wrong, locked until, a system account's password).
            Object refusal = servletRequest.getAttribute(StaffAuthentication.REFUSAL);
            Response.ResponseBuilder answer = Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"council\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(refusal != null ? refusal.toString()
                            : "Sign in with a staff account (HTTP Basic) or a system account's token (Authorization: Bearer) to use the API.",
                            List.of()));
            if (servletRequest.getAttribute(StaffAuthentication.LOCKED_UNTIL) instanceof Instant until) {
                answer.header(HttpHeaders.RETRY_AFTER, Math.max(1, Duration.between(Instant.now(), until).getSeconds()));
            }
            request.abortWith(answer.build());
        }
    }
}
