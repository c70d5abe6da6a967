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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.residents.identity.IdentityReviews;
import uk.gov.council.cs.residents.identity.MergeSummary;
import uk.gov.council.cs.residents.identity.ResidentMerges;
import uk.gov.council.cs.residents.identity.ReviewComparison;
import uk.gov.council.cs.residents.identity.ReviewSummary;
import uk.gov.council.cs.security.Roles;

/** The identity review queue, merges and unmerges. */
@Path("identity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class IdentityResource {

    /** Which record of a reviewed pair to keep, and why they are one person. */
    public record KeepOne(long keep, String reason) {
    }

    /** Two records of one person that staff found without the queue. */
    public record MergeTwo(long keptId, long mergedId, String reason) {
    }

    public record Reason(String reason) {
    }

    @EJB
    private IdentityReviews reviews;

    @EJB
    private ResidentMerges merges;

    @GET
    @Path("reviews")
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    @Operation(summary = "Open pairs of records that may be one person, oldest first. Both residents of each pair are audited as read.")
    public List<ReviewSummary> open(@QueryParam("first") @DefaultValue("0") @PositiveOrZero int first,
                                    @QueryParam("max") @DefaultValue("50") @Min(1) @Max(Paging.MOST) int max,
                                    @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return reviews.open(first, max, ResidentsResource.purposeOrDefault(purpose));
    }

    @GET
    @Path("reviews/{id}")
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    @Operation(summary = "Both records of a pair side by side, with each field's match level and weight now and the explanation when raised.")
    public ReviewComparison compare(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return reviews.compare(id, ResidentsResource.purposeOrDefault(purpose));
    }

    @POST
    @Path("reviews/{id}/merge")
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    @Operation(summary = "The same person: merge the other record of the pair into the one to keep. 400 says why not.")
    public MergeSummary merge(@PathParam("id") long id, KeepOne decision,
                              @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (decision == null) {
            throw new IllegalArgumentException("Send {\"keep\": id of the record to keep, \"reason\": why they are one person}.");
        }
        return reviews.merge(id, decision.keep(), decision.reason(), ResidentsResource.purposeOrDefault(purpose));
    }

    @POST
    @Path("reviews/{id}/different-people")
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    @Operation(summary = "Different people: close the pair without changing either record.")
    public ReviewSummary differentPeople(@PathParam("id") long id,
                                         @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return reviews.differentPeople(id, ResidentsResource.purposeOrDefault(purpose));
    }

    @POST
    @Path("merges")
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    @Operation(summary = "Merge two records of one person found without the queue.")
    public MergeSummary mergeTwo(MergeTwo merge, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (merge == null) {
            throw new IllegalArgumentException("Send {\"keptId\", \"mergedId\", \"reason\"}.");
        }
        return merges.merge(merge.keptId(), merge.mergedId(), merge.reason(), ResidentsResource.purposeOrDefault(purpose));
    }

    @POST
    @Path("merges/{id}/unmerge")
    @RolesAllowed({Roles.ADVISER, Roles.ADMINISTRATOR})
    @Operation(summary = "Undo a merge: both records and their timelines are as they were before it.")
    public MergeSummary unmerge(@PathParam("id") long id, Reason reason,
                                @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return merges.unmerge(id, reason == null ? null : reason.reason(), ResidentsResource.purposeOrDefault(purpose));
    }

    @GET
    @Path("residents/{id}/merges")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "Every merge the record took part in, newest first.")
    public List<MergeSummary> history(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return merges.history(id, ResidentsResource.purposeOrDefault(purpose));
    }
}
