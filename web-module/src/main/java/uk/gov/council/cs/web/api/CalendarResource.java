package uk.gov.council.cs.web.api;

import uk.gov.council.cs.workingdays.CouncilTime;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.WorkingDays;

/** The council's working-day calendar: bank holidays of its nation, its own closures, and imports of GOV.UK's file. */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar")
public class CalendarResource {

    public record NewClosure(LocalDate day, String reason) {
    }

    @EJB
    private WorkingDays workingDays;

    @GET
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    @Operation(summary = "One year's bank holidays (for the council's nation) and council closures.")
    public WorkingDays.Year year(@QueryParam("year") @Min(1900) @Max(2200) Integer year) {
        return workingDays.year(year == null ? CouncilTime.today().getYear() : year);
    }

    @GET
    @Path("working-days-after")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    @Operation(summary = "The day a number of working days after a date, as deadlines count it.")
    public Map<String, LocalDate> after(@QueryParam("from") @NotNull LocalDate from,
                                    @QueryParam("days") @NotNull @PositiveOrZero @Max(3650) Integer days) {
        return Map.of("day", workingDays.after(from, days));
    }

    @POST
    @Path("closures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Close the council on a future working day; clocks started from now on skip it.")
    public Response close(NewClosure c) {
        return Response.status(Response.Status.CREATED)
                .entity(workingDays.close(c == null ? null : c.day(), c == null ? null : c.reason())).build();
    }

    @DELETE
    @Path("closures/{day}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Remove a council closure.")
    public Response reopen(@PathParam("day") LocalDate day) {
        workingDays.removeClosure(day);
        return Response.noContent().build();
    }

    @POST
    @Path("bank-holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Import GOV.UK's bank-holidays JSON; its dates replace those held for every year it covers.")
    public WorkingDays.Imported importBankHolidays(String json) {
        return workingDays.importBankHolidays(json);
    }
}
