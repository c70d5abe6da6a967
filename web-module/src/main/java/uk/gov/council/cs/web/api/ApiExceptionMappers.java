package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.intake.AlreadyResolved;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.refusals.NotPermitted;
import uk.gov.council.cs.web.errors.Incidents;

/**
 * Every failure of an API call becomes a JSON {@link ApiError}: the caller's mistakes as 4xx with
 * what to put right, our faults as 500 with an incident number. Nothing the caller sent is logged:
 * the server's default mapper would log the whole exception, values and all.
 */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Response json(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }

    /** Refused details, including a body or parameter that could not be read: 400 with every reason. */
    @Provider
    public static class Refused implements ExceptionMapper<DetailsRefused> {
        @Override
        public Response toResponse(DetailsRefused e) {
            return ApiAnswers.refused(e);
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

    /** Parameters outside their bounds ({@code max=1000000}): 400 naming each parameter and its bound. */
    @Provider
    public static class OutOfBounds implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<String> problems = new ArrayList<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                problems.add(lastName(v.getPropertyPath()) + ": " + v.getMessage() + ".");
            }
            problems.sort(null);
            return json(Response.Status.BAD_REQUEST, new ApiError("A parameter of the request was refused.", problems));
        }

        private static String lastName(Path path) {
            String name = "parameter";
            for (Path.Node node : path) {
                if (node.getName() != null) {
                    name = node.getName();
                }
            }
            return name;
        }
    }

    /**
     * Everything else: the server's own refusals (no such address, wrong method, wrong role) in the
     * same JSON shape, refusals wrapped by the server while reading parameters, and our faults.
     */
    @Provider
    public static class ApiAnswers implements ExceptionMapper<Throwable> {

        private static final Map<Integer, String> SERVER_REFUSALS = Map.of(
                404, "There is nothing at this address in the API; its operations are described at /openapi.",
                405, "This address does not take that method; its operations are described at /openapi.",
                406, "The API answers in JSON (or the format the operation names); ask for application/json.",
                415, "Send the body in the format the operation takes, usually application/json.",
                401, "Sign in with a staff or system account to use the API.");

        @Context
        private ResourceInfo resource;

        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DetailsRefused refused) {
                    return refused(refused);
                }
                if (t instanceof NotFound notFound) {
                    return json(Response.Status.NOT_FOUND, new ApiError(notFound.getMessage(), List.of()));
                }
                if (t instanceof ConstraintViolationException violations) {
                    return new OutOfBounds().toResponse(violations);
                }
                if (t instanceof EJBAccessException) {
                    // The bean refused, not the operation: its roles are not the operation's to list.
                    return json(Response.Status.FORBIDDEN, new ApiError("Your role does not allow this.", List.of()));
                }
                if (t instanceof IllegalArgumentException illegal && t != e) {
                    // A bean's refusal of bad arguments, wrapped by the container.
                    return json(Response.Status.BAD_REQUEST, new ApiError(illegal.getMessage(), List.of()));
                }
            }
            if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                return serverRefusal(web.getResponse());
            }
            String incident = Incidents.record(where(), e);
            return json(Response.Status.INTERNAL_SERVER_ERROR, new ApiError(
                    "Something went wrong on the council's side. Quote incident " + incident + " to the service desk.",
                    List.of(), incident));
        }

        static Response refused(DetailsRefused e) {
            Response.Status status = e instanceof NotPermitted ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST;
            return json(status, new ApiError(e.summary(), e.problems()));
        }

        private Response serverRefusal(Response given) {
            if (given.getStatus() == 403) {
                return forbidden();
            }
            if (given.hasEntity() && given.getEntity() instanceof ApiError) {
                return given;
            }
            String words = SERVER_REFUSALS.getOrDefault(given.getStatus(), "The request was refused.");
            Response.ResponseBuilder answer = Response.status(given.getStatus()).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(words, List.of()));
            given.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }

        /** 403 naming the roles that may, when the operation says. */
        private Response forbidden() {
            List<String> roles = rolesOfOperation();
            List<String> problems = roles.isEmpty() ? List.of()
                    : List.of("Roles that may: " + String.join(", ", roles) + ".");
            return json(Response.Status.FORBIDDEN, new ApiError("Your role does not allow this.", problems));
        }

        private List<String> rolesOfOperation() {
            Method method = resource == null ? null : resource.getResourceMethod();
            if (method == null) {
                return List.of();
            }
            RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
            if (allowed == null) {
                allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            }
            return allowed == null ? List.of() : List.of(allowed.value());
        }

        private String where() {
            Method method = resource == null ? null : resource.getResourceMethod();
            return method == null ? "the API" : "API " + resource.getResourceClass().getSimpleName() + "." + method.getName();
        }
    }
}
