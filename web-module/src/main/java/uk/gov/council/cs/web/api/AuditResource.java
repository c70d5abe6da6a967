package uk.gov.council.cs.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.audit.AuditEvent;
import uk.gov.council.cs.audit.AuditQueries;
import uk.gov.council.cs.security.Roles;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
@Tag(name = "Audit trail")
public class AuditResource {

    /** One audit row as the API shows it. */
    public record View(Instant occurredAt, String username, String action, String subjectType, long subjectId, String purpose) {
        static View of(AuditEvent e) {
            return new View(e.getOccurredAt(), e.getUsername(), e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getPurpose());
        }
    }

    @EJB
    private AuditQueries audit;

    @GET
    @Operation(summary = "Who read or changed a record, when and why; newest first.")
    public List<View> forSubject(@QueryParam("subjectType") @DefaultValue("resident") @Pattern(regexp = "resident",
                                         message = "the audit trail is kept of residents: resident") String subjectType,
                                 @QueryParam("subjectId") @NotNull Long subjectId,
                                 @QueryParam("max") @DefaultValue("100") @Min(1) @Max(Paging.MOST) int max) {
        return audit.forSubject(subjectType, subjectId, max).stream().map(View::of).toList();
    }
}
