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

    private LocalDate from = LocalDate.now().minusMonths(3);
    private LocalDate to = LocalDate.now();
    private List<ComplaintViews.FeedbackLine> lines;

    public void load() {
        if (from == null || to == null || to.isBefore(from)) {
            Messages.refused(new uk.gov.council.cs.refusals.DetailsRefused("Nothing is shown.",
                    List.of("Give a period whose end is not before its start.")));
            return;
        }
        lines = complaints.otherFeedback(from, to);
    }

    public List<ComplaintViews.FeedbackLine> getLines() {
        return lines;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
