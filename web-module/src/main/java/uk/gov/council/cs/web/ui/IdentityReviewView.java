package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.identity.IdentityReviews;
import uk.gov.council.cs.residents.identity.MergeSummary;
import uk.gov.council.cs.residents.identity.ReviewComparison;
import uk.gov.council.cs.residents.identity.ReviewStatus;

/**
 * One pair from the queue side by side, with each field's match explained, and the reviewer's
 * decision: merge (keeping either record) or different people.
 */
@Named
@ViewScoped
public class IdentityReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "identity review (side-by-side comparison)";

    @EJB
    private transient IdentityReviews reviews;

    private long id;
    private ReviewComparison comparison;
    private String reason;
    private MergeSummary merged;

    public void open() {
        try {
            comparison = reviews.compare(id, PURPOSE);
        } catch (NotFound e) {
            comparison = null;
        }
    }

    public void keepLeft() {
        keep(comparison.review().residentId());
    }

    public void keepRight() {
        keep(comparison.review().candidateId());
    }

    private void keep(long keptId) {
        try {
            merged = reviews.merge(id, keptId, reason, PURPOSE);
            Messages.done("Merged: record " + merged.mergedId() + " now shows under record " + merged.keptId()
                    + ". It can be unmerged from either record's page.");
            open();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public void differentPeople() {
        try {
            reviews.differentPeople(id, PURPOSE);
            Messages.done("Marked as different people. Neither record was changed.");
            open();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public boolean isUndecided() {
        return comparison != null && comparison.review().status() == ReviewStatus.OPEN;
    }

    public String percent(double probability) {
        return String.format("%.1f%%", probability * 100);
    }

    public String weight(double bits) {
        return bits == 0 ? "" : String.format("%+.1f", bits);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ReviewComparison getComparison() {
        return comparison;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public MergeSummary getMerged() {
        return merged;
    }
}
