package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.desk.AdvisersDesk;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.timeline.TimelineItem;
import uk.gov.council.cs.timeline.TimelinePage;

/** The resident's overview: who they are, what is open now (complaints, service requests) and the latest on the timeline. */
@Named
@ViewScoped
public class ResidentOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AdvisersDesk desk;
    @Inject
    private ResidentRecord record;

    private List<ComplaintViews.QueueLine> openComplaints;
    private List<ServiceRequestSummary> openRequests;
    private TimelinePage recent;

    /** Opens the record and its overview in one call (the page's only view action). */
    public void open() {
        try {
            uk.gov.council.cs.desk.ResidentOverview overview = desk.overview(record.getId(), ResidentRecord.PURPOSE);
            record.opened(overview.profile(), overview.restrictions());
            openComplaints = overview.openComplaints();
            openRequests = overview.openRequests();
            recent = overview.latest();
        } catch (NotFound e) {
            record.opened(null, List.of());
        }
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
