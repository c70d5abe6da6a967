package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.timeline.Timeline;
import uk.gov.council.cs.timeline.TimelineFilter;
import uk.gov.council.cs.timeline.TimelineItem;
import uk.gov.council.cs.timeline.TimelinePage;

/** The resident's overview: what is open now (complaints, service requests) and the latest on the timeline. */
@Named
@ViewScoped
public class ResidentOverview implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT = 5;

    @EJB
    private transient Complaints complaints;
    @EJB
    private transient ServiceRequests serviceRequests;
    @EJB
    private transient Timeline timeline;
    @Inject
    private ResidentRecord record;

    private List<ComplaintViews.QueueLine> openComplaints;
    private List<ServiceRequestSummary> openRequests;
    private TimelinePage recent;

    public void open() {
        if (!record.isFound()) {
            return;
        }
        long id = record.getId();
        openComplaints = complaints.ofResident(id, ResidentRecord.PURPOSE).stream().filter(q -> q.state().open()).toList();
        openRequests = serviceRequests.openFor(id, ResidentRecord.PURPOSE);
        recent = timeline.page(id, TimelineFilter.EVERYTHING, 0, RECENT, ResidentRecord.PURPOSE);
    }

    public List<ComplaintViews.QueueLine> getOpenComplaints() {
        return openComplaints;
    }

    public List<ServiceRequestSummary> getOpenRequests() {
        return openRequests;
    }

    public List<TimelineItem> getRecent() {
        return recent == null ? List.of() : recent.items();
    }

    public long getTimelineTotal() {
        return recent == null ? 0 : recent.total();
    }
}
