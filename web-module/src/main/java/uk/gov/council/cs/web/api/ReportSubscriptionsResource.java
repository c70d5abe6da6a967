package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.reports.delivery.ReportDelivery;
import uk.gov.council.cs.reports.delivery.ReportSubscriptions;
import uk.gov.council.cs.reports.delivery.SubscriptionDetails;
import uk.gov.council.cs.security.Roles;

/** Subscriptions to the committee reports: what is sent, to whom and when, and the log of what was sent. */
@Path("report-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports and warehouse")
public class ReportSubscriptionsResource {

    @EJB
    private ReportSubscriptions subscriptions;

    @EJB
    private ReportDelivery delivery;

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Every subscription, each with its next five runs.")
    public List<ReportSubscriptions.SubscriptionView> all() {
        return subscriptions.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Subscribe recipients to a report: report, period (last-full-quarter, last-full-year or a fixed one),"
            + " schedule (quarter-end+10wd@07:00, yearly 06-01@07:00, weekly MONDAY@07:00, monthly 1wd@09:00), formats, recipients"
            + " (role:senior-manager, staff:username, or an e-mail address in an allowed domain).")
    public Response create(SubscriptionDetails details) {
        return Response.status(Response.Status.CREATED).entity(subscriptions.create(details)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "One subscription with its next five runs.")
    public ReportSubscriptions.SubscriptionView find(@PathParam("id") long id) {
        return subscriptions.find(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Change a subscription; its schedule counts from now.")
    public ReportSubscriptions.SubscriptionView edit(@PathParam("id") long id, SubscriptionDetails details) {
        return subscriptions.edit(id, details);
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Pause a subscription: nothing is sent until it is resumed.")
    public ReportSubscriptions.SubscriptionView pause(@PathParam("id") long id) {
        return subscriptions.pause(id, true);
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Resume a subscription: its next run is sent, not those missed while paused.")
    public ReportSubscriptions.SubscriptionView resume(@PathParam("id") long id) {
        return subscriptions.pause(id, false);
    }

    @POST
    @Path("{id}/run-now")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Draw and send the subscription's report now, for its period as of today.")
    public ReportDelivery.Pass runNow(@PathParam("id") long id) {
        return delivery.runNow(id);
    }

    @GET
    @Path("{id}/runs")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The delivery log: the subscription's latest runs, newest first, each recipient's delivery with its attempts"
            + " and the mail server's answer.")
    public List<ReportSubscriptions.RunView> runs(@PathParam("id") long id,
                                                 @QueryParam("max") @DefaultValue("20") @Min(1) @Max(200) int max) {
        return subscriptions.runs(id, max);
    }

    @GET
    @Path("next-runs")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The next five runs of a schedule as written, before saving it.")
    public List<Instant> nextRuns(@QueryParam("schedule") String schedule) {
        return subscriptions.preview(schedule);
    }

    @POST
    @Path("run-due")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Start the runs that are due and try the deliveries that are due now (the server does this every minute).")
    public ReportDelivery.Pass runDue() {
        return delivery.runDue();
    }
}
