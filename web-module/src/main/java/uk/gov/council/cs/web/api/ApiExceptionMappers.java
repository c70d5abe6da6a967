package uk.gov.council.cs.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.council.cs.intake.AlreadyResolved;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;

/** Turns the application's refusals into clear HTTP answers. */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    private static Response json(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }

    @Provider
    public static class Refused implements ExceptionMapper<DetailsRefused> {
        @Override
        public Response toResponse(DetailsRefused e) {
            return json(Response.Status.BAD_REQUEST, new ApiError(e.summary(), e.problems()));
        }
    }

    /** A refusal because of the caller's role: 403 with the reason in words. */
    @Provider
    public static class RoleRefused implements ExceptionMapper<uk.gov.council.cs.refusals.NotPermitted> {
        @Override
        public Response toResponse(uk.gov.council.cs.refusals.NotPermitted e) {
            return json(Response.Status.FORBIDDEN, new ApiError(e.summary(), e.problems()));
        }
    }

    @Provider
    public static class NoSuchRecord implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return json(Response.Status.NOT_FOUND, new ApiError(e.getMessage(), List.of()));
        }
    }

    @Provider
    public static class IllegalArgument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return json(Response.Status.BAD_REQUEST, new ApiError(e.getMessage(), List.of()));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<AlreadyResolved> {
        @Override
        public Response toResponse(AlreadyResolved e) {
            return json(Response.Status.CONFLICT, new ApiError(e.getMessage(), List.of()));
        }
    }

    /**
     * A bean's refusal of bad arguments arrives wrapped as a system exception: answer 400 with its
     * message. Anything else is a fault of ours: 500 without internals, logged with its cause.
     */
    @Provider
    public static class EjbFailure implements ExceptionMapper<EJBException> {
        private static final Logger LOG = Logger.getLogger(EjbFailure.class.getName());

        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                return json(Response.Status.BAD_REQUEST, new ApiError(cause.getMessage(), List.of()));
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return json(Response.Status.INTERNAL_SERVER_ERROR,
                    new ApiError("Something went wrong on the council's side; it has been logged.", List.of()));
        }
    }

    /** An EJB refusing the caller's role. */
    @Provider
    public static class AccessRefused implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return json(Response.Status.FORBIDDEN, new ApiError("Your role does not allow this.", List.of()));
        }
    }
}
