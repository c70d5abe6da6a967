package uk.gov.council.cs.complaints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.timeline.TimelineRecorder;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Ombudsman cases on the council's complaints: their stages and decisions in each Ombudsman's own
 * words, its requests for information and recommendations with due dates, and the evidence of
 * what the council did.
 */
@Stateless
@RolesAllowed(Roles.COMPLAINTS_OFFICER)
public class OmbudsmanCases {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @EJB
    private Complaints complaints;

    @Inject
    private TimelineRecorder timeline;

    public ComplaintViews.OmbudsmanCaseView moveTo(long caseId, String stage, String purpose) {
        OmbudsmanCase c = found(caseId);
        // List.of(...).contains(null) throws: nothing chosen is refused in words, not as a fault.
        if (stage == null || !c.getOmbudsman().stages().contains(stage)) {
            throw new DetailsRefused("The case was not moved on.", List.of("\"" + stage + "\" is not a stage of a "
                    + c.getOmbudsman().title() + " case; its stages are " + c.getOmbudsman().stages() + "."));
        }
        c.moveTo(stage);
        return changed(c, "moved to " + stage, purpose);
    }

    public ComplaintViews.OmbudsmanCaseView decide(long caseId, String decision, LocalDate decidedOn, boolean remediedByCouncil,
                                                   String findings, String purpose) {
        OmbudsmanCase c = found(caseId);
        List<String> problems = new ArrayList<>();
        if (decision == null || decision.isBlank()) {
            problems.add("Choose the Ombudsman's decision.");
        } else if (!c.getOmbudsman().decisions().contains(decision)) {
            problems.add("\"" + decision + "\" is not a decision the " + c.getOmbudsman().title() + " makes; its decisions are "
                    + c.getOmbudsman().decisions() + ".");
        }
        if (decidedOn == null || decidedOn.isBefore(c.getReceivedOn()) || decidedOn.isAfter(CouncilTime.today())) {
            problems.add("Give the day of the decision: not before the case began and not in the future.");
        }
        if (findings != null && findings.length() > 4000) {
            problems.add("The findings are longer than 4000 characters.");
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("The decision was not recorded.", problems);
        }
        c.decided(decision, decidedOn, remediedByCouncil, findings == null || findings.isBlank() ? null : findings.strip());
        return changed(c, "decided on " + decidedOn + ": " + decision + (remediedByCouncil ? " (remedied by the council first)" : ""),
                purpose);
    }

    public ComplaintViews.OmbudsmanCaseView addItem(long caseId, OmbudsmanItem.Kind kind, String description, LocalDate dueOn,
                                                    String purpose) {
        OmbudsmanCase c = found(caseId);
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("Say whether it is a request for information or a recommendation.");
        }
        if (description == null || description.isBlank() || description.length() > 2000) {
            problems.add("Say what the Ombudsman asked for (up to 2000 characters).");
        }
        if (dueOn == null) {
            problems.add("Give the date the Ombudsman set.");
        }
        if (!problems.isEmpty()) {
            throw new DetailsRefused("Nothing was added to the case.", problems);
        }
        em.persist(new OmbudsmanItem(caseId, kind, description, dueOn));
        return changed(c, (kind == OmbudsmanItem.Kind.RECOMMENDATION ? "recommended " : "asked for ") + description.strip()
                + ", by " + dueOn, purpose);
    }

    /** Records that an information request was answered or a recommendation complied with, and the evidence. */
    public ComplaintViews.OmbudsmanCaseView itemDone(long itemId, String evidence, String purpose) {
        OmbudsmanItem item = em.find(OmbudsmanItem.class, itemId);
        if (item == null) {
            throw new NotFound("Ombudsman request or recommendation", itemId);
        }
        if (item.getDoneOn() != null) {
            throw new DetailsRefused("Nothing was changed.", List.of("That was already done on " + item.getDoneOn() + "."));
        }
        if (evidence == null || evidence.isBlank()) {
            throw new DetailsRefused("Nothing was changed.", List.of("Record the evidence of what the council did."));
        }
        item.done(CouncilTime.today(), evidence);
        return changed(found(item.getCaseId()), (item.getKind() == OmbudsmanItem.Kind.RECOMMENDATION
                ? "recommendation complied with: " : "request answered: ") + item.getDescription(), purpose);
    }

    private OmbudsmanCase found(long caseId) {
        OmbudsmanCase c = em.find(OmbudsmanCase.class, caseId);
        if (c == null) {
            throw new NotFound("Ombudsman case", caseId);
        }
        return c;
    }

    /** Every change to a case is the resident's too: on their timeline and in the audit trail. */
    private ComplaintViews.OmbudsmanCaseView changed(OmbudsmanCase c, String what, String purpose) {
        em.flush();
        Feedback complaint = em.find(Feedback.class, c.getComplaintId());
        long resident = complaint.getResidentId();
        timeline.record(resident, uk.gov.council.cs.workingdays.CouncilClock.UTC.instant(), FeedbackKind.COMPLAINT.timelineKind(), complaint.getServiceId(),
                "Complaint " + Complaint.reference(c.getComplaintId()) + ": " + c.getOmbudsman().title() + " case "
                        + c.getReference() + " " + what, "ombudsman-case", c.getId());
        audit.record(AuditTrail.Action.UPDATE, "resident", resident, purpose);
        return complaints.caseView(c);
    }
}
