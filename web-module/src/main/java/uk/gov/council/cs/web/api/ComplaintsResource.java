package uk.gov.council.cs.web.api;

import uk.gov.council.cs.workingdays.CouncilTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.council.cs.complaints.ComplaintCategory;
import uk.gov.council.cs.complaints.ComplaintClocksJob;
import uk.gov.council.cs.complaints.ComplaintState;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.FeedbackDetails;
import uk.gov.council.cs.complaints.FeedbackKind;
import uk.gov.council.cs.complaints.LetterKind;
import uk.gov.council.cs.complaints.LetterTemplate;
import uk.gov.council.cs.complaints.Ombudsman;
import uk.gov.council.cs.complaints.OmbudsmanCases;
import uk.gov.council.cs.complaints.OmbudsmanItem;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.RefusalReason;
import uk.gov.council.cs.complaints.Remedy;
import uk.gov.council.cs.complaints.RemedyType;
import uk.gov.council.cs.complaints.Satisfaction;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.security.Roles;

/**
 * "Have your say": the feedback register, each step of the complaints procedure, actions from
 * learning, letter templates, the clock check and Ombudsman cases. A step that is not allowed now
 * answers 400 with the reasons; one the caller's role does not allow, 403 with the reason.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints and feedback")
public class ComplaintsResource {

    private static final String[] READERS = {Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER,
            Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR};

    public record NewFeedback(Long residentId, FeedbackKind kind, Channel channel, Long serviceId, String summary,
                              String contractor, ComplaintCategory category, Set<Long> otherServiceIds,
                              Set<String> involvedStaff, Long serviceRequestId, Ombudsman ombudsman, Satisfaction rating,
                              String ratingReason, Long aboutComplaintId, LocalDate receivedOn) {
    }

    public record Refusal(RefusalReason reason, String evidence) {
    }

    public record Assignment(String username) {
    }

    public record Extension(Integer workingDays, String reason) {
    }

    public record RemedyOffered(RemedyType type, String description, BigDecimal amount) {
    }

    public record StageResponse(Outcome outcome, String response, List<RemedyOffered> remedies, String lessonsLearned) {
    }

    public record Reason(String reason) {
    }

    public record Referral(String reference, LocalDate receivedOn) {
    }

    public record NewAction(String description, String owner, LocalDate dueOn) {
    }

    public record Evidence(String evidence) {
    }

    public record NewAdjustment(String adjustment, LocalDate reviewOn) {
    }

    public record AdjustmentReview(String note, LocalDate nextReviewOn) {
    }

    public record Wording(String subject, String body) {
    }

    public record CaseStage(String stage) {
    }

    public record Decision(String decision, LocalDate decidedOn, boolean remediedByCouncil, String findings) {
    }

    public record NewItem(OmbudsmanItem.Kind kind, String description, LocalDate dueOn) {
    }

    @EJB
    private Complaints complaints;

    @EJB
    private OmbudsmanCases ombudsmanCases;

    @EJB
    private ComplaintClocksJob clocks;

    // ------------------------------------------------------------ register

    @POST
    @Path("feedback")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Log a comment, compliment, complaint or satisfaction response; a complaint starts its stage 1 clocks.")
    public Response log(NewFeedback f, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose, @Context UriInfo uri) {
        if (f == null || f.residentId() == null) {
            throw new IllegalArgumentException("Send the feedback as JSON with at least residentId, kind, channel and summary.");
        }
        ComplaintViews.Logged logged = complaints.log(f.residentId(), new FeedbackDetails(f.kind(), f.channel(), f.serviceId(),
                f.summary(), f.contractor(), f.category(), f.otherServiceIds(), f.involvedStaff(), f.serviceRequestId(),
                f.ombudsman(), f.rating(), f.ratingReason(), f.aboutComplaintId(), f.receivedOn()), purpose(purpose));
        String where = logged.kind() == FeedbackKind.COMPLAINT ? "complaints/" + logged.id() : "feedback";
        return Response.created(uri.getBaseUriBuilder().path(where).build()).entity(logged).build();
    }

    @GET
    @Path("feedback")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.SENIOR_MANAGER,
            Roles.ADMINISTRATOR})
    @Operation(summary = "Comments, compliments and satisfaction responses received in a period, newest first.")
    public List<ComplaintViews.FeedbackLine> otherFeedback(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate end = to == null ? CouncilTime.today() : to;
        return complaints.otherFeedback(from == null ? end.minusMonths(3) : from, end);
    }

    // ------------------------------------------------------------ complaints

    @GET
    @Path("complaints")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "A workbench queue (filter by state, assignee, service, due by; open=true for open ones only), "
            + "most urgent first; or with resident=, that resident's complaints.")
    public List<ComplaintViews.QueueLine> queue(@QueryParam("resident") Long resident, @QueryParam("state") ComplaintState state,
                                                @QueryParam("assignee") String assignee, @QueryParam("service") Long service,
                                                @QueryParam("dueBy") LocalDate dueBy, @QueryParam("open") boolean open,
                                                @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (resident != null) {
            return complaints.ofResident(resident, purpose(purpose));
        }
        return complaints.queue(new ComplaintViews.QueueFilter(state, assignee, service,
                dueBy, open));
    }

    @GET
    @Path("complaints/{id}")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    @Operation(summary = "One complaint: its clocks, stages, remedies, actions, letters, history, Ombudsman cases and the steps you may take now.")
    public ComplaintViews.ComplaintFile find(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.find(id, purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/acknowledge")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Acknowledge the complaint (or escalation); starts the response clock and sends the acknowledgement.")
    public ComplaintViews.ComplaintFile acknowledge(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.acknowledge(id, purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/resolve-informally")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Under a procedure with informal resolution (the legacy one), close a new complaint resolved before stage 1.")
    public ComplaintViews.ComplaintFile resolveInformally(@PathParam("id") long id, Reason r,
                                                          @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.resolveInformally(id, r == null ? null : r.reason(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/accept")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Accept the complaint for investigation.")
    public ComplaintViews.ComplaintFile accept(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.accept(id, purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/refuse")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Refuse the complaint for one of the procedure's exclusions, with evidence; the letter gives the Ombudsman's details.")
    public ComplaintViews.ComplaintFile refuse(@PathParam("id") long id, Refusal r, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.refuse(id, r == null ? null : r.reason(), r == null ? null : r.evidence(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/assign")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Assign the investigating officer (stage 1) or reviewer (later stages); not someone named in the complaint "
            + "nor the earlier stage's responder.")
    public ComplaintViews.ComplaintFile assign(@PathParam("id") long id, Assignment a, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.assign(id, a == null ? null : a.username(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/extend")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "Extend the response deadline within the policy's limit, with the reason given to the complainant.")
    public ComplaintViews.ComplaintFile extend(@PathParam("id") long id, Extension e, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (e == null || e.workingDays() == null) {
            throw new IllegalArgumentException("Send {\"workingDays\": n, \"reason\": \"...\"}.");
        }
        return complaints.extend(id, e.workingDays(), e.reason(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/respond")
    @RolesAllowed({Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "The assigned officer's response: outcome, findings, remedies and lessons; the final stage's is the final response.")
    public ComplaintViews.ComplaintFile respond(@PathParam("id") long id, StageResponse r, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        List<Remedy> remedies = r == null || r.remedies() == null ? List.of()
                : r.remedies().stream().map(x -> new Remedy(x.type(), x.description(), x.amount())).toList();
        return complaints.respond(id, r == null ? null : new ComplaintViews.Response(r.outcome(), r.response(), remedies,
                r.lessonsLearned()), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/escalate")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER})
    @Operation(summary = "The complainant asks for the next stage, saying why they are not satisfied.")
    public ComplaintViews.ComplaintFile escalate(@PathParam("id") long id, Reason r, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.escalate(id, r == null ? null : r.reason(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/close")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Close a complaint that has had its response.")
    public ComplaintViews.ComplaintFile close(@PathParam("id") long id, Reason r, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.close(id, r == null ? null : r.reason(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/reopen")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Reopen a responded, refused or closed complaint at its stage; the reason is kept in its history.")
    public ComplaintViews.ComplaintFile reopen(@PathParam("id") long id, Reason r, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.reopen(id, r == null ? null : r.reason(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/ombudsman")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Record that the Ombudsman opened a case (reference like 19 007 429).")
    public ComplaintViews.ComplaintFile refer(@PathParam("id") long id, Referral r, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.referToOmbudsman(id, r == null ? null : r.reference(), r == null ? null : r.receivedOn(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/actions")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "An action arising from the complaint, with its owner and due date.")
    public ComplaintViews.ComplaintFile addAction(@PathParam("id") long id, NewAction a, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.addAction(id, a == null ? null : a.description(), a == null ? null : a.owner(), a == null ? null : a.dueOn(),
                purpose(purpose));
    }

    @POST
    @Path("complaint-actions/{id}/reported-done")
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.EQUALITY_OFFICER, Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    @Operation(summary = "The action's owner (and only they) reports it done, once; the learning stays open until the evidence is recorded.")
    public ComplaintViews.ComplaintFile reportDone(@PathParam("id") long id, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.reportActionDone(id, purpose(purpose));
    }

    @POST
    @Path("complaint-actions/{id}/completed")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.SENIOR_MANAGER,
            Roles.ADMINISTRATOR})
    @Operation(summary = "Record the evidence that the action was done: the complaints team or the owner's manager, not the owner.")
    public ComplaintViews.ComplaintFile complete(@PathParam("id") long id, Evidence e, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.completeAction(id, e == null ? null : e.evidence(), purpose(purpose));
    }

    @POST
    @Path("complaints/{id}/adjustments")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "A reasonable adjustment agreed with the complainant, with its review date (Code 5.6).")
    public ComplaintViews.ComplaintFile agreeAdjustment(@PathParam("id") long id, NewAdjustment a,
                                                        @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.agreeAdjustment(id, a == null ? null : a.adjustment(), a == null ? null : a.reviewOn(), purpose(purpose));
    }

    @POST
    @Path("complaint-adjustments/{id}/review")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE})
    @Operation(summary = "Review an adjustment: a next review date keeps it, none ends it.")
    public ComplaintViews.ComplaintFile reviewAdjustment(@PathParam("id") long id, AdjustmentReview r,
                                                         @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return complaints.reviewAdjustment(id, r == null ? null : r.note(), r == null ? null : r.nextReviewOn(), purpose(purpose));
    }

    @POST
    @Path("complaints/clocks/run")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    @Operation(summary = "Run the daily clock check now: record breaches and e-mail reminders.")
    public ComplaintClocksJob.Run runClocks() {
        return clocks.runNow();
    }

    // ------------------------------------------------------------ letters

    @GET
    @Path("letter-templates")
    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE, Roles.ADMINISTRATOR})
    @Operation(summary = "The wording of every complaint letter, with the placeholders it may use.")
    public List<LetterTemplate> letterTemplates() {
        return complaints.letterTemplates();
    }

    @PUT
    @Path("letter-templates/{kind}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Save the council's wording of a letter; an unknown placeholder is refused.")
    public LetterTemplate editLetterTemplate(@PathParam("kind") LetterKind kind, Wording w) {
        return complaints.editLetterTemplate(kind, w == null ? null : w.subject(), w == null ? null : w.body());
    }

    // ------------------------------------------------------------ Ombudsman cases

    @POST
    @Path("ombudsman-cases/{id}/stage")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Move the case to another of its Ombudsman's stages.")
    public ComplaintViews.OmbudsmanCaseView stage(@PathParam("id") long id, CaseStage s, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return ombudsmanCases.moveTo(id, s == null ? null : s.stage(), purpose(purpose));
    }

    @POST
    @Path("ombudsman-cases/{id}/decision")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "The Ombudsman's decision or finding, in its words, and whether the council had remedied it first.")
    public ComplaintViews.OmbudsmanCaseView decide(@PathParam("id") long id, Decision d, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        if (d == null) {
            throw new IllegalArgumentException("Send {\"decision\", \"decidedOn\", \"remediedByCouncil\", \"findings\"}.");
        }
        return ombudsmanCases.decide(id, d.decision(), d.decidedOn(), d.remediedByCouncil(), d.findings(), purpose(purpose));
    }

    @POST
    @Path("ombudsman-cases/{id}/items")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "An information request or recommendation from the Ombudsman, with its due date.")
    public ComplaintViews.OmbudsmanCaseView addItem(@PathParam("id") long id, NewItem i, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return ombudsmanCases.addItem(id, i == null ? null : i.kind(), i == null ? null : i.description(), i == null ? null : i.dueOn(),
                purpose(purpose));
    }

    @POST
    @Path("ombudsman-items/{id}/done")
    @RolesAllowed(Roles.COMPLAINTS_OFFICER)
    @Operation(summary = "Record the evidence that an information request was answered or a recommendation complied with.")
    public ComplaintViews.OmbudsmanCaseView itemDone(@PathParam("id") long id, Evidence e, @HeaderParam(ResidentsResource.PURPOSE_HEADER) String purpose) {
        return ombudsmanCases.itemDone(id, e == null ? null : e.evidence(), purpose(purpose));
    }

    private static String purpose(String purpose) {
        return ResidentsResource.purposeOrDefault(purpose);
    }
}
