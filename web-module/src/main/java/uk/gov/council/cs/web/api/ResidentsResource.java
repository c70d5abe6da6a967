package uk.gov.council.cs.web.api;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.contacts.ContactDetails;
import uk.gov.council.cs.contacts.ContactLog;
import uk.gov.council.cs.contacts.ContactSummary;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.residents.ResidentDetails;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.ResidentRegistration;
import uk.gov.council.cs.residents.Vulnerability;
import uk.gov.council.cs.residents.search.ResidentSearch;
import uk.gov.council.cs.residents.search.SearchHit;
import uk.gov.council.cs.timeline.Timeline;
import uk.gov.council.cs.timeline.TimelineFilter;
import uk.gov.council.cs.timeline.TimelinePage;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.residents.RegistrationOutcome;
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

    @EJB
    private ResidentSearch search;

    @EJB
    private Timeline timeline;

    @EJB
    private ContactLog contacts;

    @GET
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "One page of residents, by surname. Roles: adviser, complaints-officer, "
            + "investigating-officer, head-of-service, administrator.")
    public List<ResidentSummary> list(@QueryParam("first") @DefaultValue("0") @PositiveOrZero int first,
                                      @QueryParam("max") @DefaultValue("50") @Min(1) @Max(Paging.MOST) int max,
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
        return residents.find(id, purposeOrDefault(purpose)).orElseThrow(() -> new NotFound("resident", id));
    }

    @GET
    @Path("search")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "Find residents from what was typed in one box: name (typos, sound-alikes, nicknames, either "
            + "way round), date of birth, postcode, UPRN, NI number, phone, e-mail or a system reference. Ranked, "
            + "with why each matched. Every resident returned is audited as read.")
    public List<SearchHit> search(@QueryParam("q") String typed,
                                  @QueryParam("max") @DefaultValue("20") @Min(1) @Max(Paging.MOST) int max,
                                  @HeaderParam(PURPOSE_HEADER) String purpose) {
        return search.search(typed, max, purposeOrDefault(purpose));
    }

    @GET
    @Path("{id}/profile")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "Everything on the resident's own record: names and previous names, address and address "
            + "history, identifiers, communication needs, vulnerabilities, references.")
    public ResidentProfile profile(@PathParam("id") long id, @HeaderParam(PURPOSE_HEADER) String purpose) {
        return residents.profile(id, purposeOrDefault(purpose));
    }

    @PUT
    @Path("{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Correct the resident's details. A changed name or address is kept in the history. "
            + "400 lists every problem.")
    public ResidentProfile update(@PathParam("id") long id, ResidentDetails details,
                                  @HeaderParam(PURPOSE_HEADER) String purpose) {
        if (details == null) {
            throw new IllegalArgumentException("Send the resident's details as JSON.");
        }
        return residents.update(id, details, purposeOrDefault(purpose));
    }

    @PUT
    @Path("{id}/vulnerabilities/{flag}")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Record a vulnerability with a note (the request body).")
    public ResidentProfile flag(@PathParam("id") long id, @PathParam("flag") Vulnerability flag, String note,
                                @HeaderParam(PURPOSE_HEADER) String purpose) {
        return residents.flagVulnerability(id, flag, note, purposeOrDefault(purpose));
    }

    @DELETE
    @Path("{id}/vulnerabilities/{flag}")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Remove a vulnerability that no longer applies.")
    public ResidentProfile unflag(@PathParam("id") long id, @PathParam("flag") Vulnerability flag,
                                  @HeaderParam(PURPOSE_HEADER) String purpose) {
        return residents.removeVulnerability(id, flag, purposeOrDefault(purpose));
    }

    @PUT
    @Path("{id}/references/{system}/{reference}")
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    @Operation(summary = "Record the key a back-office system knows the resident by.")
    public ResidentProfile reference(@PathParam("id") long id, @PathParam("system") ReferenceSystem system,
                                     @PathParam("reference") String reference, @HeaderParam(PURPOSE_HEADER) String purpose) {
        return residents.addReference(id, system, reference, purposeOrDefault(purpose));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "The single customer view: everything that happened to the resident across all services, "
            + "newest first, paged; filter by kind (repeatable), service and dates (inclusive, yyyy-mm-dd).")
    public TimelinePage timeline(@PathParam("id") long id, @QueryParam("kind") List<String> kinds,
                                 @QueryParam("service") Long serviceId, @QueryParam("from") LocalDate from,
                                 @QueryParam("to") LocalDate to, @QueryParam("first") @DefaultValue("0") @PositiveOrZero int first,
                                 @QueryParam("max") @DefaultValue("25") @Min(1) @Max(Paging.MOST) int max,
                                 @HeaderParam(PURPOSE_HEADER) String purpose) {
        return timeline.page(id, new TimelineFilter(Set.copyOf(kinds), serviceId, from, to),
                first, max, purposeOrDefault(purpose));
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Log a contact with the resident. It appears on their timeline. 400 lists every problem.")
    public Response logContact(@PathParam("id") long id, ContactDetails details, @HeaderParam(PURPOSE_HEADER) String purpose,
                               @Context UriInfo uri) {
        if (details == null) {
            throw new IllegalArgumentException("Send the contact as JSON.");
        }
        ContactSummary logged = contacts.log(id, details, purposeOrDefault(purpose));
        return Response.created(uri.getBaseUriBuilder().path("contacts").path(Long.toString(logged.id())).build())
                .entity(logged).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Register a resident, unless already on file. The details are matched against the residents"
            + " on file: 201 with the new resident (result REGISTERED, or REGISTERED_FOR_REVIEW with the identity"
            + " reviews raised), or 200 with the resident already on file (LINKED_TO_EXISTING) and the matcher's"
            + " explanation. 400 lists every problem with the details.")
    public Response register(ResidentRegistration details, @HeaderParam(PURPOSE_HEADER) String purpose,
                             @Context UriInfo uri) {
        if (details == null) {
            throw new IllegalArgumentException("Send the resident's details as JSON: forename, surname, dateOfBirth, postcode.");
        }
        RegistrationOutcome outcome = residents.register(details, purposeOrDefault(purpose));
        java.net.URI location = uri.getAbsolutePathBuilder().path(Long.toString(outcome.resident().id())).build();
        if (outcome.result() == RegistrationOutcome.Result.LINKED_TO_EXISTING) {
            return Response.ok(outcome).location(location).build();
        }
        return Response.created(location).entity(outcome).build();
    }

    static String purposeOrDefault(String purpose) {
        return purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose;
    }
}
