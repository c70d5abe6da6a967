package uk.gov.council.cs.web.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.dataprotection.RetentionJob;
import uk.gov.council.cs.dataprotection.RetentionReport;
import uk.gov.council.cs.security.Roles;

/** The retention schedule at work: run it now, and read what each run did. */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data protection")
public class RetentionResource {

    public record Run(long id, Instant ranAt, String ranBy, String report) {
    }

    @EJB
    private RetentionJob job;

    @POST
    @Path("run")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Apply the retention schedule now (it also runs nightly at 02:15) and report what was erased or anonymised.")
    public RetentionReport run() {
        return job.run();
    }

    @GET
    @Path("runs")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "What each run of the retention job did, newest first.")
    public List<Run> runs(@QueryParam("max") @DefaultValue("20") @Min(1) @Max(Paging.MOST) int max) {
        return job.history(max).stream().map(r -> new Run(r.getId(), r.getRanAt(), r.getRanBy(), r.getReport())).toList();
    }
}
