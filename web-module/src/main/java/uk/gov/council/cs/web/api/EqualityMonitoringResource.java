package uk.gov.council.cs.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.equality.EqualityAnswers;
import uk.gov.council.cs.equality.EqualityMonitoring;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;

/**
 * Equality monitoring answers: recorded by whoever asked the questions, read back only by the
 * equality officer (special category data), withdrawn at the resident's word.
 */
@Path("equality-monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Equality monitoring")
public class EqualityMonitoringResource {

    /** A questionnaire as sent: a missing answer is a question not asked; PREFER_NOT_TO_SAY is an answer. */
    public record Questionnaire(Long residentId, boolean consent, LocalDate answeredOn, Channel channel, EqualityAnswers answers) {
    }

    public record ConsentWithdrawn(Long residentId) {
    }

    @EJB
    private EqualityMonitoring monitoring;

    @POST
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.EQUALITY_OFFICER})
    @Operation(summary = "Record a resident's answers to the equality monitoring questions, given with their consent;"
            + " they replace any earlier answers. The answers are not sent back.")
    public Response record(Questionnaire q, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (q == null || q.residentId() == null) {
            throw new IllegalArgumentException("Send {\"residentId\", \"consent\": true, \"answeredOn\", \"channel\","
                    + " \"answers\": {...}}.");
        }
        return Response.status(Response.Status.CREATED).entity(monitoring.record(q.residentId(), q.consent(), q.answeredOn(),
                q.channel(), q.answers(), ResidentsResource.purposeOrDefault(purpose))).build();
    }

    @GET
    @Path("status")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.EQUALITY_OFFICER})
    @Operation(summary = "Whether a resident has answered the equality monitoring questions, when and how; never the answers.")
    public EqualityMonitoring.Status status(@QueryParam("resident") @NotNull Long residentId,
                                            @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return monitoring.status(residentId, ResidentsResource.purposeOrDefault(purpose));
    }

    @GET
    @RolesAllowed(Roles.EQUALITY_OFFICER)
    @Operation(summary = "A resident's current equality monitoring answers (equality officer only; the read is audited).")
    public EqualityMonitoring.QuestionnaireView answers(@QueryParam("resident") @NotNull Long residentId,
                                                        @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        EqualityMonitoring.QuestionnaireView view = monitoring.answers(residentId, ResidentsResource.purposeOrDefault(purpose));
        if (view == null) {
            throw new NotFound("equality monitoring answer held for resident", residentId);
        }
        return view;
    }

    @GET
    @Path("history")
    @RolesAllowed(Roles.EQUALITY_OFFICER)
    @Operation(summary = "Every questionnaire a resident answered, newest first, replaced ones too (equality officer only;"
            + " audited).")
    public List<EqualityMonitoring.QuestionnaireView> history(@QueryParam("resident") @NotNull Long residentId,
                                                              @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return monitoring.history(residentId, ResidentsResource.purposeOrDefault(purpose));
    }

    @POST
    @Path("withdrawal")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.EQUALITY_OFFICER})
    @Operation(summary = "The resident withdraws consent to equality monitoring: every answer they gave is erased.")
    public EqualityMonitoring.Withdrawal withdraw(ConsentWithdrawn w, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (w == null || w.residentId() == null) {
            throw new IllegalArgumentException("Send {\"residentId\"}.");
        }
        return monitoring.withdrawConsent(w.residentId(), ResidentsResource.purposeOrDefault(purpose));
    }
}
