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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.complaints.Conduct;
import uk.gov.council.cs.complaints.ContactRestrictions;
import uk.gov.council.cs.security.Roles;

/** Unreasonable or persistent complainant decisions: the restriction on contact, its letter and its reviews. */
@Path("contact-restrictions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints and feedback")
public class ContactRestrictionsResource {

    public record Decision(Long residentId, Set<Conduct> conduct, String decision, String restrictions, LocalDate reviewOn) {
    }

    public record Review(boolean lift, String note, LocalDate nextReviewOn) {
    }

    @EJB
    private ContactRestrictions restrictions;

    @POST
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "Record a decision restricting a complainant's contact, with the conduct, the restrictions and the "
            + "review date; the letter is produced from its template.")
    public Response decide(Decision d, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (d == null || d.residentId() == null) {
            throw new IllegalArgumentException("Send {\"residentId\", \"conduct\": [...], \"decision\", \"restrictions\", \"reviewOn\"}.");
        }
        return Response.status(Response.Status.CREATED).entity(restrictions.decide(d.residentId(), d.conduct(), d.decision(),
                d.restrictions(), d.reviewOn(), ResidentsResource.purposeOrDefault(purpose))).build();
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "Review a restriction: lift it, or keep it to a next review date.")
    public ContactRestrictions.RestrictionView review(@PathParam("id") long id, Review r,
                                                      @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (r == null) {
            throw new IllegalArgumentException("Send {\"lift\": true|false, \"note\", \"nextReviewOn\"}.");
        }
        return restrictions.review(id, r.lift(), r.note(), r.nextReviewOn(), ResidentsResource.purposeOrDefault(purpose));
    }

    @GET
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "A resident's restrictions on contact, those in force first.")
    public List<ContactRestrictions.RestrictionView> ofResident(@QueryParam("resident") @NotNull Long residentId,
                                                                @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return restrictions.ofResident(residentId, ResidentsResource.purposeOrDefault(purpose));
    }
}
