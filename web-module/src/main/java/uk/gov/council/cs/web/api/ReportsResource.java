package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.warehouse.LoadResult;
import uk.gov.council.cs.warehouse.WarehouseLoad;

/** The residents-per-district snapshot the borough profile reads (the star schema's loads are WarehouseResource's). */
@Path("")
@Tag(name = "Reports and warehouse")
public class ReportsResource {

    @EJB
    private WarehouseLoad warehouse;

    @POST
    @Path("warehouse/loads")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Refresh the warehouse now (it is also refreshed every night).")
    public LoadResult loadWarehouse() {
        return warehouse.loadToday();
    }
}
