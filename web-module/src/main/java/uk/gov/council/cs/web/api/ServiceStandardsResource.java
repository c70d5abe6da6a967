package uk.gov.council.cs.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.PublishedStandards;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.servicerequests.StandardDetails;
import uk.gov.council.cs.servicerequests.StandardsPerformance;

/** The published service standards, kept by administrators, and how well they were kept. */
@Path("service-standards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service requests")
public class ServiceStandardsResource {

    @EJB
    private PublishedStandards standards;

    @EJB
    private ServiceRequests requests;

    @GET
        @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    @Operation(summary = "The published service standards.")
    public List<PublishedStandards.Standard> standards() {
        return standards.all();
    }

    @POST
        @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Publish a standard: a step's target in working days for a service (or all) and a channel (or all).")
    public PublishedStandards.Standard publish(StandardDetails details) {
        if (details == null) {
            throw new IllegalArgumentException("Send serviceId (or null), channel (or null), step, workingDays, description.");
        }
        return standards.publish(details);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Change a standard; requests already received keep their dates.")
    public PublishedStandards.Standard change(@PathParam("id") long id, StandardDetails details) {
        if (details == null) {
            throw new IllegalArgumentException("Send serviceId (or null), channel (or null), step, workingDays, description.");
        }
        return standards.change(id, details);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Withdraw a standard.")
    public Response withdraw(@PathParam("id") long id) {
        standards.withdraw(id);
        return Response.noContent().build();
    }

    @GET
    @Path("performance")
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR})
    @Operation(summary = "Per service and step, how many requests received in the period met, missed or are overdue on their target.")
    public List<StandardsPerformance.Line> performance(@QueryParam("from") @NotNull LocalDate from,
                                                       @QueryParam("to") @NotNull LocalDate to) {
        return requests.performance(from, to);
    }
}
