package uk.gov.council.cs.web.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.integration.RejectedRecordReplay;
import uk.gov.council.cs.intake.RejectedRecord;
import uk.gov.council.cs.intake.RejectedRecords;
import uk.gov.council.cs.security.Roles;

@Path("rejected-records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
@Tag(name = "Rejected records")
public class RejectedRecordsResource {

    /** A rejected record as the API shows it. */
    public record View(long id, String source, Instant receivedAt, String reason, String status, String payload) {
        static View of(RejectedRecord r) {
            return new View(r.getId(), r.getSource(), r.getReceivedAt(), r.getReason(), r.getStatus().name(), r.getPayload());
        }
    }

    @EJB
    private RejectedRecords rejected;

    @EJB
    private RejectedRecordReplay replay;

    @GET
    @Operation(summary = "Incoming records that were refused and are waiting for attention, newest first.")
    public List<View> awaitingAttention(@QueryParam("max") @DefaultValue("100") @Min(1) @Max(Paging.MOST) int max) {
        return rejected.awaitingAttention(max).stream().map(View::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One rejected record, whatever its status.")
    public View find(@PathParam("id") long id) {
        return rejected.find(id).map(View::of)
                .orElseThrow(() -> new NotFoundException("There is no rejected record " + id + "."));
    }

    @POST
    @Path("{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send the record again through the route it came from, as corrected in the body "
            + "(the message as text; an empty body sends it unchanged).")
    public Response replay(@PathParam("id") long id, String correctedPayload) {
        replay.replay(id, correctedPayload);
        return Response.accepted().build();
    }
}
