package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.council.cs.complaints.Conduct;
import uk.gov.council.cs.complaints.ContactRestrictions;
import uk.gov.council.cs.refusals.DetailsRefused;

/**
 * Restricting a complainant's contact (unreasonable or persistent conduct), and reviewing a
 * restriction in force: each its own form, back to the resident's overview with a banner.
 */
@Named
@ViewScoped
public class ContactRestrictionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "single customer view: contact restrictions";

    @EJB
    private transient ContactRestrictions restrictions;
    @Inject
    private ResidentRecord record;

    private final Map<Conduct, Boolean> conduct = new EnumMap<>(Conduct.class);
    private String decision;
    private String limits;
    private DateEntry reviewOn = new DateEntry();

    // Reviewing one restriction
    private long restrictionId;
    private ContactRestrictions.RestrictionView reviewed;
    private boolean lift;
    private String reviewNote;
    private DateEntry nextReviewOn = new DateEntry();

    public String decide() {
        String dateProblem = reviewOn.problem("Review date");
        if (dateProblem != null) {
            Messages.fieldProblem("restriction:reviewOn:day", dateProblem);
            return null;
        }
        EnumSet<Conduct> chosen = EnumSet.noneOf(Conduct.class);
        conduct.forEach((k, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                chosen.add(k);
            }
        });
        try {
            restrictions.decide(record.getId(), chosen, decision, limits, reviewOn.date(), PURPOSE);
        } catch (DetailsRefused e) {
            LinkedHashMap<String, String> words = new LinkedHashMap<>();
            words.put("conduct", "restriction:conduct");
            words.put("review", "restriction:reviewOn:day");
            words.put("decision", "restriction:decision");
            words.put("restrict", "restriction:limits");
            Messages.refusedAbout(e, words);
            return null;
        }
        Messages.doneThenRedirect("The restriction is recorded and its letter produced.");
        return "/residents/view?faces-redirect=true&id=" + record.getId();
    }

    /** Opens the review of one restriction of this resident's ({@code restriction} parameter). */
    public void openReview() {
        reviewed = record.getRestrictions().stream().filter(r -> r.id() == restrictionId).findFirst().orElse(null);
    }

    public String review() {
        String dateProblem = nextReviewOn.problem("Next review");
        if (dateProblem != null) {
            Messages.fieldProblem("review:nextReviewOn:day", dateProblem);
            return null;
        }
        try {
            restrictions.review(restrictionId, lift, reviewNote, lift ? null : nextReviewOn.date(), PURPOSE);
        } catch (DetailsRefused e) {
            LinkedHashMap<String, String> words = new LinkedHashMap<>();
            words.put("review found", "review:reviewNote");
            words.put("lifted restriction", "review:nextReviewOn:day");
            words.put("review", "review:nextReviewOn:day");
            Messages.refusedAbout(e, words);
            return null;
        }
        Messages.doneThenRedirect(lift ? "The restriction is lifted." : "The review is recorded.");
        return "/residents/view?faces-redirect=true&id=" + record.getId();
    }

    public Conduct[] getConducts() {
        return Conduct.values();
    }

    public Map<Conduct, Boolean> getConduct() {
        return conduct;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getLimits() {
        return limits;
    }

    public void setLimits(String limits) {
        this.limits = limits;
    }

    public DateEntry getReviewOn() {
        return reviewOn;
    }

    public long getRestrictionId() {
        return restrictionId;
    }

    public void setRestrictionId(long restrictionId) {
        this.restrictionId = restrictionId;
    }

    public ContactRestrictions.RestrictionView getReviewed() {
        return reviewed;
    }

    public boolean isLift() {
        return lift;
    }

    public void setLift(boolean lift) {
        this.lift = lift;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public DateEntry getNextReviewOn() {
        return nextReviewOn;
    }
}
