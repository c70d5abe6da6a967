package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;

@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalogue")
public class ServicesResource {

    @EJB
    private ServiceCatalogue catalogue;

    @GET
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR, Roles.BACK_OFFICE_SYSTEM})
    @Operation(summary = "The A-Z of services in use.")
    public List<ServiceSummary> aToZ() {
        return catalogue.aToZ();
    }

    @POST
    @Path("lgsl")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Import the Local Government Service List CSV (columns Label,Identifier). Changed labels "
            + "rename services, new identifiers add them; refused rows are kept as rejected records with their reasons.")
    public ServiceCatalogue.ImportReport importLgsl(String csv) {
        return catalogue.importLgsl(csv);
    }

    @POST
    @Path("local")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Add a service of the council's own (the request body is its name).")
    public ServiceSummary addLocal(String name) {
        return catalogue.addLocal(name);
    }

    @PUT
    @Path("{id}/active")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Retire a service from new contacts (body false) or bring it back (true).")
    public ServiceSummary setActive(@PathParam("id") long id, String active) {
        return catalogue.setActive(id, Boolean.parseBoolean(active == null ? "" : active.strip()));
    }
}
