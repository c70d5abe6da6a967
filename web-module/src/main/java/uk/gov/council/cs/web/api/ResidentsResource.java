package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.residents.ResidentRegistration;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.residents.ResidentSummary;
import uk.gov.council.cs.security.Roles;

@Path("residents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residents")
public class ResidentsResource {

    /** Callers may say why they read a record; it goes into the audit trail. */
    static final String PURPOSE_HEADER = "X-Purpose";
    private static final String DEFAULT_PURPOSE = "REST API";

    @EJB
    private ResidentService residents;

    @GET
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "One page of residents, by surname. Roles: adviser, complaints-officer, "
            + "investigating-officer, head-of-service, administrator.")
    public List<ResidentSummary> list(@QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max,
                                      @Parameter(description = "Why you are reading (audited)") @HeaderParam(PURPOSE_HEADER) String purpose) {
        return residents.list(first, max, purposeOrDefault(purpose));
    }

    @GET
    @Path("count")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR, Roles.SENIOR_MANAGER})
    @Operation(summary = "How many residents are recorded.")
    public Map<String, Long> count() {
        return Map.of("residents", residents.count());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "One resident.")
    public ResidentSummary find(@PathParam("id") long id, @HeaderParam(PURPOSE_HEADER) String purpose) {
        return residents.find(id, purposeOrDefault(purpose))
                .orElseThrow(() -> new NotFoundException("There is no resident " + id + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Register a resident. 400 lists every problem with the details.")
    public Response register(ResidentRegistration details, @HeaderParam(PURPOSE_HEADER) String purpose,
                             @Context UriInfo uri) {
        if (details == null) {
            throw new IllegalArgumentException("Send the resident's details as JSON: forename, surname, dateOfBirth, postcode.");
        }
        ResidentSummary created = residents.register(details, purposeOrDefault(purpose));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    private static String purposeOrDefault(String purpose) {
        return purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose;
    }
}
