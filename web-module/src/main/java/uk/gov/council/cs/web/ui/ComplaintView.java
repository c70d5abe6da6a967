package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.complaints.Transition;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;

/**
 * The complaint every page under /complaints/ about one complaint shows: its file, opened from the id
 * (or the reference, "C12") in the address; which steps the signed-in officer may take now; and the
 * two steps that need nothing typed (acknowledge, accept), taken from the overview itself.
 */
@Named
@ViewScoped
public class ComplaintView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "complaints workbench";

    @EJB
    private transient Complaints complaints;

    private Long id;
    private String ref;
    private ComplaintViews.ComplaintFile file;

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

    void reload() {
        file = complaints.find(id, PURPOSE);
    }

    public boolean may(String transition) {
        return file != null && file.possibleNow().contains(Transition.valueOf(transition));
    }

    /** The steps with a form of their own that the officer may take now, in the order of the procedure. */
    public List<Transition> getStepsWithForms() {
        return file == null ? List.of() : file.possibleNow().stream()
                .filter(t -> t != Transition.ACKNOWLEDGE && t != Transition.ACCEPT).sorted().toList();
    }

    /** The clocks still running: what is due next, first. */
    public List<ComplaintViews.Clock> getRunningClocks() {
        return file == null ? List.of() : file.clocks().stream().filter(k -> k.doneOn() == null)
                .sorted(java.util.Comparator.comparing(ComplaintViews.Clock::dueOn)).toList();
    }

    /** The complaint's history as a timeline reads: newest first. */
    public List<ComplaintViews.Event> getHistoryNewestFirst() {
        if (file == null) {
            return List.of();
        }
        List<ComplaintViews.Event> events = new java.util.ArrayList<>(file.history());
        java.util.Collections.reverse(events);
        return events;
    }

    public String acknowledge() {
        return act(() -> complaints.acknowledge(id, PURPOSE), " acknowledged; the letter is on the complaint.");
    }

    public String accept() {
        return act(() -> complaints.accept(id, PURPOSE), " accepted for investigation.");
    }

    /** Takes the step and shows the complaint again by its address (post, redirect, get), as the step forms do. */
    private String act(Supplier<ComplaintViews.ComplaintFile> step, String done) {
        try {
            file = step.get();
            Messages.doneThenRedirect("Complaint " + file.reference() + done);
            return "/complaints/view?faces-redirect=true&id=" + id;
        } catch (DetailsRefused e) {
            Messages.refused(e);
            return null;
        }
    }

    public ComplaintViews.ComplaintFile getFile() {
        return file;
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
}
