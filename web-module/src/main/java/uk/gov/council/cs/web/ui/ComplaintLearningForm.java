package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffKind;
import uk.gov.council.cs.staff.StaffMember;

/**
 * What the complaint taught and what was agreed for the complainant: actions from the learning (added,
 * reported done by their owner, confirmed with evidence by someone else) and reasonable adjustments.
 */
@Named
@ViewScoped
public class ComplaintLearningForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Complaints complaints;
    @EJB
    private transient StaffAccounts staff;
    @Inject
    private ComplaintView complaint;

    private List<StaffMember> actionOwners;
    private String actionDescription;
    private String actionOwner;
    private DateEntry actionDueOn = new DateEntry();
    private final Map<Long, String> actionEvidence = new HashMap<>();
    private String adjustment;
    private DateEntry adjustmentReviewOn = new DateEntry();

    /** Everyone who may own an action: members of staff who can act on it, never a system account. */
    public List<StaffMember> getActionOwners() {
        if (actionOwners == null) {
            List<StaffMember> people = new ArrayList<>();
            for (String role : List.of(Roles.HEAD_OF_SERVICE, Roles.INVESTIGATING_OFFICER, Roles.COMPLAINTS_OFFICER,
                    Roles.SENIOR_MANAGER, Roles.ADVISER, Roles.EQUALITY_OFFICER, Roles.ADMINISTRATOR)) {
                staff.withRole(role).stream().filter(p -> p.kind() == StaffKind.PERSON && !people.contains(p)).forEach(people::add);
            }
            actionOwners = people;
        }
        return actionOwners;
    }

    public void addAction() {
        String dateProblem = actionDueOn.problem("Due date");
        if (dateProblem != null) {
            Messages.fieldProblem("action:dueOn:day", dateProblem);
            return;
        }
        LinkedHashMap<String, String> words = new LinkedHashMap<>();
        words.put("owner", "action:owner");
        words.put("due", "action:dueOn:day");
        words.put("action", "action:description");
        if (act(() -> complaints.addAction(complaint.getId(), actionDescription, actionOwner, actionDueOn.date(), ComplaintView.PURPOSE),
                "Action added.", words)) {
            actionDescription = null;
            actionOwner = null;
            actionDueOn = new DateEntry();
        }
    }

    public void reportDone(long actionId) {
        act(() -> complaints.reportActionDone(actionId, ComplaintView.PURPOSE),
                "Reported done; the learning stays open until the evidence is in.", new LinkedHashMap<>());
    }

    public void complete(long actionId) {
        if (act(() -> complaints.completeAction(actionId, actionEvidence.get(actionId), ComplaintView.PURPOSE), "Action completed.",
                new LinkedHashMap<>())) {
            actionEvidence.clear();
        }
    }

    public void agreeAdjustment() {
        String dateProblem = adjustmentReviewOn.problem("Review date");
        if (dateProblem != null) {
            Messages.fieldProblem("adjustment:reviewOn:day", dateProblem);
            return;
        }
        LinkedHashMap<String, String> words = new LinkedHashMap<>();
        words.put("review", "adjustment:reviewOn:day");
        words.put("adjustment", "adjustment:wording");
        if (act(() -> complaints.agreeAdjustment(complaint.getId(), adjustment, adjustmentReviewOn.date(), ComplaintView.PURPOSE),
                "Adjustment recorded.", words)) {
            adjustment = null;
            adjustmentReviewOn = new DateEntry();
        }
    }

    private boolean act(Supplier<ComplaintViews.ComplaintFile> step, String done, LinkedHashMap<String, String> words) {
        try {
            step.get();
            complaint.reload();
            Messages.done(done);
            return true;
        } catch (DetailsRefused e) {
            Messages.refusedAbout(e, words);
            return false;
        }
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

    public DateEntry getActionDueOn() {
        return actionDueOn;
    }

    public Map<Long, String> getActionEvidence() {
        return actionEvidence;
    }

    public String getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(String adjustment) {
        this.adjustment = adjustment;
    }

    public DateEntry getAdjustmentReviewOn() {
        return adjustmentReviewOn;
    }
}
