package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.reports.BoroughProfileReport;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.warehouse.LoadResult;
import uk.gov.council.cs.warehouse.WarehouseLoad;

@Path("")
@Tag(name = "Reports and warehouse")
public class ReportsResource {

    @EJB
    private BoroughProfileReport boroughProfile;

    @EJB
    private WarehouseLoad warehouse;

    @GET
    @Path("reports/borough-profile.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.EQUALITY_OFFICER, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "The borough profile (residents per postcode district) as PDF, from the warehouse.")
    public Response boroughProfile() {
        return Response.ok(boroughProfile.renderPdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"borough-profile.pdf\"")
                .build();
    }

    @POST
    @Path("warehouse/loads")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Refresh the warehouse now (it is also refreshed every night).")
    public LoadResult loadWarehouse() {
        return warehouse.loadToday();
    }
}
