package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.gov.council.cs.complaints.Transition;

/** What a step of the complaints procedure is called on its button and as its form's heading. */
@Named
@ApplicationScoped
public class StepNames {

    public String of(Transition step, uk.gov.council.cs.complaints.ComplaintViews.ComplaintFile complaint) {
        int stage = complaint == null ? 1 : complaint.stage();
        if (step == Transition.ASSIGN && complaint != null && complaint.investigator() != null) {
            return stage == 1 ? "Reassign the investigation" : "Reassign the review";
        }
        return switch (step) {
            case ACKNOWLEDGE -> "Acknowledge";
            case ACCEPT -> "Accept for investigation";
            case REFUSE -> "Refuse the complaint";
            case ASSIGN -> stage == 1 ? "Assign an investigating officer" : "Assign the reviewer";
            case EXTEND -> "Extend the deadline";
            case RESPOND -> "Send the response";
            case ESCALATE -> "Escalate to stage " + (stage + 1);
            case CLOSE -> "Close the complaint";
            case REOPEN -> "Reopen the complaint";
            case RESOLVE_INFORMALLY -> "Record an informal resolution";
            case REFER_TO_OMBUDSMAN -> "Record the Ombudsman's case";
        };
    }
}
