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

    @EJB
    private transient uk.gov.council.cs.services.ServiceCatalogue catalogue;

    private ComplaintState state;
    private Long serviceId;
    private DateEntry dueBy = new DateEntry();
    private List<uk.gov.council.cs.services.ServiceSummary> services;
    private String assignee;
    private boolean openOnly = true;
    private List<ComplaintViews.QueueLine> lines;

    public void load() {
        String problem = dueBy.problem("Next step due by");
        if (problem != null) {
            Messages.fieldProblem("queue:dueBy:day", problem);
            lines = null; // what was shown before answered another filter: not shown under this one
            return;
        }
        lines = complaints.queue(new ComplaintViews.QueueFilter(state, assignee, serviceId, dueBy.date(), openOnly && state == null));
    }

    public void mine(String username) {
        assignee = username;
        load();
    }

    public List<ComplaintViews.QueueLine> getLines() {
        return lines;
    }

    public List<uk.gov.council.cs.services.ServiceSummary> getServices() {
        if (services == null) {
            services = catalogue.aToZ();
        }
        return services;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public DateEntry getDueBy() {
        return dueBy;
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
