package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.equality.BoroughPopulation;
import uk.gov.council.cs.security.Roles;

/** The borough's population by characteristic, from ONS's Census 2021 tables: the equality report's baseline. */
@Path("borough-population")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equality monitoring")
public class BoroughPopulationResource {

    @EJB
    private BoroughPopulation population;

    @POST
    @Path("census")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Import one Census 2021 table (TS021, TS007A or TS007, TS008, TS030, TS038, TS077, TS078) as ONS"
            + " publishes it in Nomis's bulk CSV (census2021-ts021-ltla.csv and so on); the council's area is taken from the"
            + " file and replaces that table's figures. Rows that cannot be read are kept as rejected records.")
    public BoroughPopulation.ImportReport importCensus(String csv) {
        return population.importCensus(csv);
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER})
    @Operation(summary = "Every figure held: table, category as ONS words it, the questionnaire's answer it counts, people.")
    public List<BoroughPopulation.Figure> figures() {
        return population.figures();
    }
}
