package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;

/** The register's comments, compliments and survey answers for a period, newest first. */
@Named
@ViewScoped
public class FeedbackRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Complaints complaints;

    private final DateEntry from = DateEntry.of(LocalDate.now().minusMonths(3));
    private final DateEntry to = DateEntry.of(LocalDate.now());
    private List<ComplaintViews.FeedbackLine> lines;

    public void load() {
        // What was shown before answered another period: nothing is shown under a period refused.
        lines = null;
        String fromProblem = from.problem("Received from");
        String toProblem = to.problem("Received up to");
        if (fromProblem != null) {
            Messages.fieldProblem("register:from:day", fromProblem);
        }
        if (toProblem != null) {
            Messages.fieldProblem("register:to:day", toProblem);
        }
        if (fromProblem != null || toProblem != null) {
            return;
        }
        if (from.isBlank()) {
            Messages.fieldProblem("register:from:day", "Enter the first day received");
        }
        if (to.isBlank()) {
            Messages.fieldProblem("register:to:day", "Enter the last day received");
        }
        if (from.isBlank() || to.isBlank()) {
            return;
        }
        if (to.date().isBefore(from.date())) {
            Messages.fieldProblem("register:to:day", "Received up to must be the same as or after received from");
            return;
        }
        lines = complaints.otherFeedback(from.date(), to.date());
    }

    public List<ComplaintViews.FeedbackLine> getLines() {
        return lines;
    }

    public DateEntry getFrom() {
        return from;
    }

    public DateEntry getTo() {
        return to;
    }
}
