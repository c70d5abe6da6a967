package uk.gov.council.cs.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.servicerequests.ServiceRequestDetails;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.servicerequests.Step;

/** Service requests: logged, acknowledged, fulfilled and closed against the published standards. */
@Path("service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service requests")
public class ServiceRequestsResource {

    /** A step done, with an optional note (for closing, what was done). */
    public record StepDone(Step step, String note) {
    }

    /** A new request: whose, and what. */
    public record NewRequest(Long residentId, Long serviceId, uk.gov.council.cs.contacts.Channel channel, String description) {
    }

    @EJB
    private ServiceRequests requests;

    @POST
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Log a service request; its due dates come from the published standards for its service and channel.")
    public Response log(NewRequest request, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose,
                        @Context UriInfo uri) {
        if (request == null || request.residentId() == null) {
            throw new IllegalArgumentException("Send the request as JSON: residentId, serviceId, channel, description.");
        }
        ServiceRequestSummary logged = requests.log(request.residentId(), new ServiceRequestDetails(request.serviceId(),
                request.channel(), request.description()), ResidentsResource.purposeOrDefault(purpose));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(logged.id())).build()).entity(logged).build();
    }

    @GET
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "The resident's open service requests, oldest first, each step with its date and standing.")
    public List<ServiceRequestSummary> open(@QueryParam("resident") @NotNull Long residentId,
                                            @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return requests.openFor(residentId, ResidentsResource.purposeOrDefault(purpose));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "One service request.")
    public ServiceRequestSummary find(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return requests.find(id, ResidentsResource.purposeOrDefault(purpose));
    }

    @POST
    @Path("{id}/steps")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Record a step as done now: ACKNOWLEDGE, FULFIL or CLOSE. 400 says why not (already done, closed).")
    public ServiceRequestSummary done(@PathParam("id") long id, StepDone step,
                                      @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (step == null) {
            throw new IllegalArgumentException("Send {\"step\": \"ACKNOWLEDGE\" | \"FULFIL\" | \"CLOSE\", \"note\": optional}.");
        }
        return requests.done(id, step.step(), step.note(), ResidentsResource.purposeOrDefault(purpose));
    }
}
