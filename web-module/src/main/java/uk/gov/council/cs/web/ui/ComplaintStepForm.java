package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import uk.gov.council.cs.complaints.ComplaintLifecycle;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.RefusalReason;
import uk.gov.council.cs.complaints.Remedy;
import uk.gov.council.cs.complaints.RemedyType;
import uk.gov.council.cs.complaints.Transition;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffMember;

/**
 * One step of the procedure that needs words from the officer (refuse, assign, extend, respond,
 * escalate, close, reopen, resolve informally, record the Ombudsman's case), as its own form; back to
 * the complaint with a banner that names it.
 */
@Named
@ViewScoped
public class ComplaintStepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Complaints complaints;
    @EJB
    private transient StaffAccounts staff;
    @Inject
    private ComplaintView complaint;
    @Inject
    private StepNames names;

    private Transition step;
    private List<StaffMember> assignees = List.of();
    private RefusalReason refusalReason;
    private String evidence;
    private String assignee;
    private Integer extensionDays;
    private String reason;
    private Outcome outcome;
    private String response;
    private RemedyType remedyType;
    private String remedyDescription;
    private BigDecimal remedyAmount;
    private String lessons;
    private String ombudsmanReference;

    public void open() {
        ComplaintViews.ComplaintFile file = complaint.getFile();
        if (file != null && step == Transition.ASSIGN) {
            List<StaffMember> people = new ArrayList<>();
            for (String role : new java.util.TreeSet<>(ComplaintLifecycle.suitableRoles(file.stage()))) {
                staff.withRole(role).stream().filter(p -> !people.contains(p)).forEach(people::add);
            }
            assignees = people;
        }
    }

    /** Whether the step asked for can be taken now by this officer; the page says so when not. */
    public boolean isPossible() {
        return step != null && complaint.getFile() != null && complaint.getFile().possibleNow().contains(step);
    }

    public String getTitle() {
        return step == null ? "Take a step" : names.of(step, complaint.getFile());
    }

    public String take() {
        long id = complaint.getId();
        try {
            ComplaintViews.ComplaintFile done = switch (step) {
                case REFUSE -> complaints.refuse(id, refusalReason, evidence, ComplaintView.PURPOSE);
                case ASSIGN -> complaints.assign(id, assignee, ComplaintView.PURPOSE);
                case EXTEND -> complaints.extend(id, extensionDays == null ? 0 : extensionDays, reason, ComplaintView.PURPOSE);
                case RESPOND -> complaints.respond(id, new ComplaintViews.Response(outcome, response,
                        remedyType == null ? List.of() : List.of(new Remedy(remedyType, remedyDescription, remedyAmount)), lessons),
                        ComplaintView.PURPOSE);
                case ESCALATE -> complaints.escalate(id, reason, ComplaintView.PURPOSE);
                case CLOSE -> complaints.close(id, reason, ComplaintView.PURPOSE);
                case REOPEN -> complaints.reopen(id, reason, ComplaintView.PURPOSE);
                case RESOLVE_INFORMALLY -> complaints.resolveInformally(id, reason, ComplaintView.PURPOSE);
                case REFER_TO_OMBUDSMAN -> complaints.referToOmbudsman(id, ombudsmanReference, null, ComplaintView.PURPOSE);
                case ACKNOWLEDGE -> complaints.acknowledge(id, ComplaintView.PURPOSE);
                case ACCEPT -> complaints.accept(id, ComplaintView.PURPOSE);
            };
            Messages.doneThenRedirect("Complaint " + done.reference() + " " + banner(done));
            return "/complaints/view?faces-redirect=true&id=" + id;
        } catch (DetailsRefused e) {
            Messages.refusedAbout(e, fields());
            return null;
        }
    }

    private String banner(ComplaintViews.ComplaintFile done) {
        return switch (step) {
            case REFUSE -> "refused; the letter gives the Ombudsman's details.";
            case ASSIGN -> "assigned to " + assignee + ".";
            case EXTEND -> "extended by " + extensionDays + " working days; the resident's letter is on the complaint.";
            case RESPOND -> "responded to: response sent.";
            case ESCALATE -> "escalated to stage " + done.stage() + ".";
            case CLOSE -> "closed.";
            case REOPEN -> "reopened.";
            case RESOLVE_INFORMALLY -> "resolved informally and closed.";
            case REFER_TO_OMBUDSMAN -> "referred: the Ombudsman's case is recorded.";
            case ACKNOWLEDGE -> "acknowledged.";
            case ACCEPT -> "accepted.";
        };
    }

    /** Which words in a refusal point to which of this step's fields (only fields the step's form has). */
    private LinkedHashMap<String, String> fields() {
        LinkedHashMap<String, String> words = new LinkedHashMap<>();
        switch (step) {
            case REFUSE -> {
                words.put("exclusion", "complaint:refusalReason");
                words.put("evidence", "complaint:evidence");
            }
            case ASSIGN -> {
                words.put("cannot take stage", "complaint:assignee");
                words.put("cannot investigate", "complaint:assignee");
                words.put("username", "complaint:assignee");
            }
            case EXTEND -> {
                words.put("working day", "complaint:extensionDays");
                words.put("reason", "complaint:extensionReason");
                words.put("say why", "complaint:extensionReason");
            }
            case RESPOND -> {
                words.put("finding", "complaint:outcome");
                words.put("amount", "complaint:remedyAmount");
                words.put("remedy", "complaint:remedyDescription");
                words.put("lessons", "complaint:lessons");
                words.put("write the response", "complaint:response");
                words.put("response is longer", "complaint:response");
            }
            case ESCALATE, CLOSE, REOPEN, RESOLVE_INFORMALLY -> {
                words.put("say why", "complaint:reason");
                words.put("say how", "complaint:reason");
                words.put("reason", "complaint:reason");
                words.put("note", "complaint:reason");
            }
            case REFER_TO_OMBUDSMAN -> words.put("reference", "complaint:ombudsmanReference");
            default -> {
            }
        }
        return words;
    }

    public List<StaffMember> getAssignees() {
        return assignees;
    }

    public RefusalReason[] getRefusalReasons() {
        return RefusalReason.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public RemedyType[] getRemedyTypes() {
        return RemedyType.values();
    }

    public Transition getStep() {
        return step;
    }

    public void setStep(Transition step) {
        this.step = step;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(RefusalReason refusalReason) {
        this.refusalReason = refusalReason;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public RemedyType getRemedyType() {
        return remedyType;
    }

    public void setRemedyType(RemedyType remedyType) {
        this.remedyType = remedyType;
    }

    public String getRemedyDescription() {
        return remedyDescription;
    }

    public void setRemedyDescription(String remedyDescription) {
        this.remedyDescription = remedyDescription;
    }

    public BigDecimal getRemedyAmount() {
        return remedyAmount;
    }

    public void setRemedyAmount(BigDecimal remedyAmount) {
        this.remedyAmount = remedyAmount;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getOmbudsmanReference() {
        return ombudsmanReference;
    }

    public void setOmbudsmanReference(String ombudsmanReference) {
        this.ombudsmanReference = ombudsmanReference;
    }
}
