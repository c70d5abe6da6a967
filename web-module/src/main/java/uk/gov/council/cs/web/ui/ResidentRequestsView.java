package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import uk.gov.council.cs.contacts.ContactLog;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.servicerequests.Step;
import uk.gov.council.cs.timeline.Timeline;
import uk.gov.council.cs.timeline.TimelineFilter;
import uk.gov.council.cs.timeline.TimelineItem;

/** Contacts and requests: the resident's open service requests with their next steps, and their latest contacts. */
@Named
@ViewScoped
public class ResidentRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LATEST_CONTACTS = 10;

    @EJB
    private transient ServiceRequests serviceRequests;
    @EJB
    private transient Timeline timeline;
    @Inject
    private ResidentRecord record;

    private List<ServiceRequestSummary> openRequests = List.of();
    private List<TimelineItem> contacts = List.of();
    private long contactCount;

    public void open() {
        if (!record.isFound()) {
            return;
        }
        openRequests = serviceRequests.openFor(record.getId(), ResidentRecord.PURPOSE);
        var page = timeline.page(record.getId(), new TimelineFilter(Set.of(ContactLog.TIMELINE_KIND), null, null, null), 0,
                LATEST_CONTACTS, ResidentRecord.PURPOSE);
        contacts = page.items();
        contactCount = page.total();
    }

    /** Records a step of an open request (acknowledged, fulfilled, closed) done now. */
    public String step(long requestId, Step step) {
        try {
            serviceRequests.done(requestId, step, null, ResidentRecord.PURPOSE);
            Messages.doneThenRedirect("Service request " + requestId + " " + step.done() + ".");
            return "/residents/requests?faces-redirect=true&id=" + record.getId();
        } catch (DetailsRefused e) {
            Messages.refused(e);
            return null;
        }
    }

    /** The next step of a request, in order (acknowledged, fulfilled, closed): only that one is offered. */
    public List<Step> stepsLeft(ServiceRequestSummary request) {
        return Step.OF_A_REQUEST.stream().filter(s -> request.steps().get(s.ordinal()).doneAt() == null).limit(1).toList();
    }

    public List<ServiceRequestSummary> getOpenRequests() {
        return openRequests;
    }

    public List<TimelineItem> getContacts() {
        return contacts;
    }

    public long getContactCount() {
        return contactCount;
    }
}
