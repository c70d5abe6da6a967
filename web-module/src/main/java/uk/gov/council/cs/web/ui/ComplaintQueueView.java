package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.complaints.ComplaintState;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;

/** The complaints workbench's queue: by state, assignee and service, most urgent first, with the clocks. */
@Named
@ViewScoped
public class ComplaintQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Complaints complaints;

    private ComplaintState state;
    private String assignee;
    private boolean openOnly = true;
    private List<ComplaintViews.QueueLine> lines;

    public void load() {
        lines = complaints.queue(new ComplaintViews.QueueFilter(state, assignee, null, null, openOnly && state == null));
    }

    public void mine(String username) {
        assignee = username;
        load();
    }

    public List<ComplaintViews.QueueLine> getLines() {
        return lines;
    }

    public ComplaintState[] getStates() {
        return ComplaintState.values();
    }

    public ComplaintState getState() {
        return state;
    }

    public void setState(ComplaintState state) {
        this.state = state;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
