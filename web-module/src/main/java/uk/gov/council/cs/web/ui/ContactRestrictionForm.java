package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import uk.gov.council.cs.complaints.Conduct;
import uk.gov.council.cs.complaints.ContactRestrictions;
import uk.gov.council.cs.refusals.DetailsRefused;

/** Restrictions on a complainant's contact on the resident's page: the alert while in force, and the decision form. */
@Named
@ViewScoped
public class ContactRestrictionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "single customer view: contact restrictions";

    @EJB
    private transient ContactRestrictions restrictions;

    private List<ContactRestrictions.RestrictionView> ofResident;
    // A list Faces can make anew when the form is posted (it copies the type of the one it finds).
    private List<Conduct> conduct = new java.util.ArrayList<>();
    private String decision;
    private String limits;
    private LocalDate reviewOn;
    private final java.util.Map<Long, Boolean> lift = new java.util.HashMap<>();
    private final java.util.Map<Long, String> reviewNote = new java.util.HashMap<>();
    private final java.util.Map<Long, LocalDate> nextReviewOn = new java.util.HashMap<>();

    public List<ContactRestrictions.RestrictionView> inForce(long residentId) {
        if (ofResident == null) {
            ofResident = restrictions.ofResident(residentId, PURPOSE);
        }
        return ofResident.stream().filter(ContactRestrictions.RestrictionView::inForce).toList();
    }

    public void decide(long residentId) {
        try {
            restrictions.decide(residentId, conduct.isEmpty() ? EnumSet.noneOf(Conduct.class) : EnumSet.copyOf(conduct), decision,
                    limits, reviewOn, PURPOSE);
            Messages.done("The restriction is recorded and its letter produced.");
            ofResident = null;
            conduct = new java.util.ArrayList<>();
            decision = null;
            limits = null;
            reviewOn = null;
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public void review(long restrictionId) {
        try {
            boolean lifting = Boolean.TRUE.equals(lift.get(restrictionId));
            restrictions.review(restrictionId, lifting, reviewNote.get(restrictionId), lifting ? null : nextReviewOn.get(restrictionId),
                    PURPOSE);
            Messages.done(lifting ? "The restriction is lifted." : "The review is recorded.");
            ofResident = null;
            lift.clear();
            reviewNote.clear();
            nextReviewOn.clear();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public java.util.Map<Long, Boolean> getLift() {
        return lift;
    }

    public java.util.Map<Long, String> getReviewNote() {
        return reviewNote;
    }

    public java.util.Map<Long, LocalDate> getNextReviewOn() {
        return nextReviewOn;
    }

    public Conduct[] getConducts() {
        return Conduct.values();
    }

    public List<Conduct> getConduct() {
        return conduct;
    }

    public void setConduct(List<Conduct> conduct) {
        this.conduct = conduct == null ? new java.util.ArrayList<>() : conduct;
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

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }
}
