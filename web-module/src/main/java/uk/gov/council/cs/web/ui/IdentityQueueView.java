package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.residents.identity.IdentityReviews;
import uk.gov.council.cs.residents.identity.ReviewSummary;

/** The identity review queue: pairs of records that may be one person, oldest first. */
@Named
@ViewScoped
public class IdentityQueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "identity review queue";
    private static final int PAGE = 100;

    @EJB
    private transient IdentityReviews reviews;

    private List<ReviewSummary> open;
    private long waiting;

    public void load() {
        open = reviews.open(0, PAGE, PURPOSE);
        waiting = reviews.openCount();
    }

    public List<ReviewSummary> getOpen() {
        return open;
    }

    public long getWaiting() {
        return waiting;
    }

    public String percent(double probability) {
        return String.format("%.1f%%", probability * 100);
    }
}
