package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.Outcome;
import uk.gov.council.cs.complaints.RefusalReason;
import uk.gov.council.cs.complaints.Remedy;
import uk.gov.council.cs.complaints.RemedyType;
import uk.gov.council.cs.complaints.Transition;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.complaints.ComplaintLifecycle;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffMember;

/** One complaint on the workbench: its clocks, stages, letters and history, and the steps the signed-in officer may take now. */
@Named
@ViewScoped
public class ComplaintView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "complaints workbench";

    @EJB
    private transient Complaints complaints;

    @EJB
    private transient StaffAccounts staff;

    @EJB
    private transient uk.gov.council.cs.complaints.OmbudsmanCases ombudsmanCases;

    private Long id;
    private String ref;
    private ComplaintViews.ComplaintFile file;
    private List<StaffMember> assignees;
    private List<StaffMember> actionOwners;
    private int assigneesForStage;

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
    private String actionDescription;
    private String actionOwner;
    private java.time.LocalDate actionDueOn;
    private final java.util.Map<Long, String> actionEvidence = new java.util.HashMap<>();
    private final java.util.Map<Long, String> caseStage = new java.util.HashMap<>();
    private final java.util.Map<Long, String> caseDecision = new java.util.HashMap<>();
    private final java.util.Map<Long, java.time.LocalDate> caseDecidedOn = new java.util.HashMap<>();
    private final java.util.Map<Long, Boolean> caseRemedied = new java.util.HashMap<>();
    private final java.util.Map<Long, String> caseFindings = new java.util.HashMap<>();
    /** By name: JSF cannot tell a map value's enum type, so the choice arrives as text. */
    private final java.util.Map<Long, String> itemKind = new java.util.HashMap<>();
    private final java.util.Map<Long, String> itemDescription = new java.util.HashMap<>();
    private final java.util.Map<Long, java.time.LocalDate> itemDueOn = new java.util.HashMap<>();
    private final java.util.Map<Long, String> itemEvidence = new java.util.HashMap<>();
    private String adjustment;
    private java.time.LocalDate adjustmentReviewOn;

    public void open() {
        if (id == null && ref != null && ref.matches("[Cc]\\d+")) {
            id = Long.parseLong(ref.substring(1));
        }
        if (id == null) {
            return;
        }
        try {
            file = complaints.find(id, PURPOSE);
        } catch (NotFound e) {
            file = null;
        }
    }

    public boolean may(String transition) {
        return file != null && file.possibleNow().contains(Transition.valueOf(transition));
    }

    /** The staff who may be given the complaint's current stage, read once per view and stage. */
    public List<StaffMember> getAssignees() {
        if (file == null) {
            return List.of();
        }
        if (assignees == null || assigneesForStage != file.stage()) {
            List<StaffMember> people = new ArrayList<>();
            for (String role : new java.util.TreeSet<>(ComplaintLifecycle.suitableRoles(file.stage()))) {
                staff.withRole(role).stream().filter(p -> !people.contains(p)).forEach(people::add);
            }
            assignees = people;
            assigneesForStage = file.stage();
        }
        return assignees;
    }

    public void acknowledge() {
        act(() -> complaints.acknowledge(id, PURPOSE), "Acknowledged; the letter is on the complaint.");
    }

    public void resolveInformally() {
        act(() -> complaints.resolveInformally(id, reason, PURPOSE), "Resolved informally and closed.");
    }

    public void accept() {
        act(() -> complaints.accept(id, PURPOSE), "Accepted.");
    }

    public void refuse() {
        act(() -> complaints.refuse(id, refusalReason, evidence, PURPOSE), "Refused; the letter gives the Ombudsman's details.");
    }

    public void assign() {
        act(() -> complaints.assign(id, assignee, PURPOSE), "Assigned to " + assignee + ".");
    }

    public void extend() {
        act(() -> complaints.extend(id, extensionDays == null ? 0 : extensionDays, reason, PURPOSE), "Deadline extended.");
    }

    public void respond() {
        List<Remedy> remedies = remedyType == null ? List.of() : List.of(new Remedy(remedyType, remedyDescription, remedyAmount));
        act(() -> complaints.respond(id, new ComplaintViews.Response(outcome, response, remedies, lessons), PURPOSE),
                "Response sent.");
    }

    public void escalate() {
        act(() -> complaints.escalate(id, reason, PURPOSE), "Escalated to the next stage.");
    }

    public void close() {
        act(() -> complaints.close(id, reason, PURPOSE), "Closed.");
    }

    public void reopen() {
        act(() -> complaints.reopen(id, reason, PURPOSE), "Reopened.");
    }

    public void referToOmbudsman() {
        act(() -> complaints.referToOmbudsman(id, ombudsmanReference, null, PURPOSE), "The Ombudsman's case is recorded.");
    }

    public void agreeAdjustment() {
        act(() -> complaints.agreeAdjustment(id, adjustment, adjustmentReviewOn, PURPOSE), "Adjustment recorded.");
    }

    /** Everyone who may own an action: members of staff who can act on it, never a system account. */
    public List<StaffMember> getActionOwners() {
        if (actionOwners == null) {
            List<StaffMember> people = new ArrayList<>();
            for (String role : List.of(Roles.HEAD_OF_SERVICE, Roles.INVESTIGATING_OFFICER, Roles.COMPLAINTS_OFFICER,
                    Roles.SENIOR_MANAGER, Roles.ADVISER, Roles.EQUALITY_OFFICER, Roles.ADMINISTRATOR)) {
                staff.withRole(role).stream().filter(p -> p.kind() == uk.gov.council.cs.staff.StaffKind.PERSON
                        && !people.contains(p)).forEach(people::add);
            }
            actionOwners = people;
        }
        return actionOwners;
    }

    public void addAction() {
        act(() -> complaints.addAction(id, actionDescription, actionOwner, actionDueOn, PURPOSE), "Action added.");
    }

    public void reportActionDone(long actionId) {
        act(() -> complaints.reportActionDone(actionId, PURPOSE), "Reported done; the learning stays open until the evidence is in.");
    }

    public void completeAction(long actionId) {
        act(() -> complaints.completeAction(actionId, actionEvidence.get(actionId), PURPOSE), "Action completed.");
    }

    public void moveCase(long caseId) {
        onCase(() -> ombudsmanCases.moveTo(caseId, caseStage.get(caseId), PURPOSE), "The case has moved on.");
    }

    public void decideCase(long caseId) {
        onCase(() -> ombudsmanCases.decide(caseId, caseDecision.get(caseId), caseDecidedOn.get(caseId),
                Boolean.TRUE.equals(caseRemedied.get(caseId)), caseFindings.get(caseId), PURPOSE), "The decision is recorded.");
    }

    public void addCaseItem(long caseId) {
        String kind = itemKind.get(caseId);
        onCase(() -> ombudsmanCases.addItem(caseId, kind == null || kind.isBlank() ? null
                        : uk.gov.council.cs.complaints.OmbudsmanItem.Kind.valueOf(kind), itemDescription.get(caseId),
                        itemDueOn.get(caseId), PURPOSE),
                "Added to the case.");
    }

    public void caseItemDone(long itemId) {
        onCase(() -> ombudsmanCases.itemDone(itemId, itemEvidence.get(itemId), PURPOSE), "Recorded as done.");
    }

    private void onCase(Supplier<ComplaintViews.OmbudsmanCaseView> step, String done) {
        try {
            step.get();
            file = complaints.find(id, PURPOSE);
            Messages.done(done);
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public uk.gov.council.cs.complaints.OmbudsmanItem.Kind[] getItemKinds() {
        return uk.gov.council.cs.complaints.OmbudsmanItem.Kind.values();
    }

    private void act(Supplier<ComplaintViews.ComplaintFile> step, String done) {
        try {
            file = step.get();
            Messages.done(done);
            reason = null;
            evidence = null;
            response = null;
            remedyType = null;
            remedyDescription = null;
            remedyAmount = null;
            lessons = null;
            adjustment = null;
            adjustmentReviewOn = null;
            actionDescription = null;
            actionOwner = null;
            actionDueOn = null;
            actionEvidence.clear();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public ComplaintViews.ComplaintFile getFile() {
        return file;
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
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

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public java.time.LocalDate getActionDueOn() {
        return actionDueOn;
    }

    public void setActionDueOn(java.time.LocalDate actionDueOn) {
        this.actionDueOn = actionDueOn;
    }

    public java.util.Map<Long, String> getActionEvidence() {
        return actionEvidence;
    }

    public java.util.Map<Long, String> getCaseStage() {
        return caseStage;
    }

    public java.util.Map<Long, String> getCaseDecision() {
        return caseDecision;
    }

    public java.util.Map<Long, java.time.LocalDate> getCaseDecidedOn() {
        return caseDecidedOn;
    }

    public java.util.Map<Long, Boolean> getCaseRemedied() {
        return caseRemedied;
    }

    public java.util.Map<Long, String> getCaseFindings() {
        return caseFindings;
    }

    public java.util.Map<Long, String> getItemKind() {
        return itemKind;
    }

    public java.util.Map<Long, String> getItemDescription() {
        return itemDescription;
    }

    public java.util.Map<Long, java.time.LocalDate> getItemDueOn() {
        return itemDueOn;
    }

    public java.util.Map<Long, String> getItemEvidence() {
        return itemEvidence;
    }

    public String getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(String adjustment) {
        this.adjustment = adjustment;
    }

    public java.time.LocalDate getAdjustmentReviewOn() {
        return adjustmentReviewOn;
    }

    public void setAdjustmentReviewOn(java.time.LocalDate adjustmentReviewOn) {
        this.adjustmentReviewOn = adjustmentReviewOn;
    }

    public String getOmbudsmanReference() {
        return ombudsmanReference;
    }

    public void setOmbudsmanReference(String ombudsmanReference) {
        this.ombudsmanReference = ombudsmanReference;
    }
}
