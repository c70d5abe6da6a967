package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.warehouse.FactLoadReport;
import uk.gov.council.cs.warehouse.StarSchemaLoad;

/** The reporting warehouse's star schema: loads of what changed, a full rebuild, and each load's reconciliation. */
@Path("warehouse/fact-loads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports and warehouse")
public class WarehouseResource {

    @EJB
    private StarSchemaLoad load;

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Load into the star schema what changed since the last load (also run every night), then reconcile"
            + " each fact's monthly counts with the operational records; a difference fails the load.")
    public FactLoadReport loadChanges() {
        return load.loadChanges();
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Empty the facts and load everything again (a new installation, or new age bands).")
    public FactLoadReport rebuild() {
        return load.rebuild();
    }

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The latest loads, newest first, each with its status and any month that did not reconcile.")
    public List<FactLoadReport> history(@QueryParam("max") @DefaultValue("20") int max) {
        return load.history(max);
    }
}
