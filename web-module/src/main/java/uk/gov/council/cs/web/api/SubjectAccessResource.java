package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.dataprotection.SubjectAccess;
import uk.gov.council.cs.dataprotection.SubjectAccessExport;
import uk.gov.council.cs.reports.SubjectAccessReport;
import uk.gov.council.cs.security.Roles;

/** Subject access requests: everything held on one person, as JSON or as a readable PDF. Each export is audited. */
@Path("subject-access")
@Tag(name = "Data protection")
public class SubjectAccessResource {

    @EJB
    private SubjectAccess subjectAccess;

    @EJB
    private SubjectAccessReport report;

    @GET
    @Path("{residentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Everything held on the resident and any records merged into theirs, with who used their record and why.")
    public SubjectAccessExport export(@PathParam("residentId") long residentId,
                                      @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return subjectAccess.export(residentId, purposeOrSar(purpose));
    }

    @GET
    @Path("{residentId}/pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The same export as a PDF to send to the person.")
    public Response pdf(@PathParam("residentId") long residentId, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return Response.ok(report.renderPdf(residentId, purposeOrSar(purpose)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + residentId + ".pdf\"").build();
    }

    private static String purposeOrSar(String purpose) {
        return purpose == null || purpose.isBlank() ? "subject access request" : purpose;
    }
}
