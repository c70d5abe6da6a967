package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.gov.council.cs.contacts.AvoidableContactReason;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.contacts.ContactDetails;
import uk.gov.council.cs.contacts.ContactLog;
import uk.gov.council.cs.contacts.ContactType;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.residents.identity.MergeSummary;
import uk.gov.council.cs.residents.identity.ResidentMerges;
import uk.gov.council.cs.servicerequests.ServiceRequestDetails;
import uk.gov.council.cs.servicerequests.ServiceRequestSummary;
import uk.gov.council.cs.servicerequests.ServiceRequests;
import uk.gov.council.cs.servicerequests.Step;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;
import uk.gov.council.cs.timeline.Timeline;
import uk.gov.council.cs.timeline.TimelineFilter;
import uk.gov.council.cs.timeline.TimelineItem;
import uk.gov.council.cs.timeline.TimelinePage;

/**
 * The single customer view on the adviser's desk: who the resident is, what to be careful of,
 * everything that has happened, and logging this contact. Opening it is audited as a read.
 */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "single customer view (adviser's desk)";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy");

    @EJB
    private transient ResidentService residents;
    @EJB
    private transient Timeline timeline;
    @EJB
    private transient ContactLog contacts;
    @EJB
    private transient ServiceCatalogue catalogue;
    @EJB
    private transient ResidentMerges residentMerges;
    @EJB
    private transient ServiceRequests serviceRequests;

    private long id;
    private ResidentProfile profile;
    private List<ServiceSummary> services;
    private List<String> kinds;
    private List<MergeSummary> merges;
    private String unmergeReason;

    // The service request being recorded, and those still open
    private Long requestServiceId;
    private Channel requestChannel = Channel.TELEPHONE;
    private String requestDescription;
    private List<ServiceRequestSummary> openRequests;

    // Timeline filter
    private String kind;
    private Long filterServiceId;
    private LocalDate from;
    private LocalDate to;

    // The contact being logged
    private Channel channel = Channel.TELEPHONE;
    private ContactType contactType = ContactType.TRANSACTION;
    private Long serviceId;
    private String reason;
    private String outcome;
    private boolean resolvedAtFirstPoint = true;
    private boolean avoidable;
    private AvoidableContactReason avoidableReason;
    private Integer minutes;
    private Integer waitedSeconds;
    private Instant openedAt;

    private final LazyDataModel<TimelineItem> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private transient TimelinePage last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return last == null ? 0 : (int) last.total();
        }

        @Override
        public List<TimelineItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                last = timeline.page(id, filter(), first, pageSize, PURPOSE);
            } catch (DetailsRefused e) {
                Messages.refused(e);
                last = new TimelinePage(List.of(), 0, 0);
            }
            setRowCount((int) last.total());
            return last.items();
        }

        @Override
        public String getRowKey(TimelineItem item) {
            return Long.toString(item.id());
        }
    };

    /** Called by the page's view action once the id parameter is set. */
    public void open() {
        try {
            profile = residents.profile(id, PURPOSE);
        } catch (NotFound e) {
            profile = null;
            return;
        }
        services = catalogue.aToZ();
        kinds = timeline.kinds(id);
        merges = residentMerges.history(id, PURPOSE);
        openRequests = serviceRequests.openFor(id, PURPOSE);
        openedAt = Instant.now();
    }

    public void logServiceRequest() {
        try {
            ServiceRequestSummary logged = serviceRequests.log(id, new ServiceRequestDetails(requestServiceId, requestChannel,
                    requestDescription), PURPOSE);
            Messages.done("Service request " + logged.id() + " logged" + logged.steps().stream()
                    .filter(p -> p.dueBy() != null).findFirst()
                    .map(p -> "; to be " + p.step().done() + " by " + p.dueBy().format(DAY)).orElse("") + ".");
            requestServiceId = null;
            requestDescription = null;
            openRequests = serviceRequests.openFor(id, PURPOSE);
            kinds = timeline.kinds(id);
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public void requestStep(long requestId, Step step) {
        try {
            serviceRequests.done(requestId, step, null, PURPOSE);
            Messages.done("Service request " + requestId + " " + step.done() + ".");
            openRequests = serviceRequests.openFor(id, PURPOSE);
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    /** "due 3 Dec 2026", "done 1 Dec 2026 (met)", "overdue since 3 Dec 2026"; empty when the step has no target. */
    public String progress(ServiceRequestSummary.StepProgress p) {
        return switch (p.standing()) {
            case NO_TARGET -> p.doneAt() == null ? "" : "done " + when(p.doneAt());
            case DUE -> "due by " + p.dueBy().format(DAY);
            case OVERDUE -> "overdue: was due by " + p.dueBy().format(DAY);
            case MET -> "done " + when(p.doneAt()) + " (met)";
            case MISSED -> p.doneAt() == null ? "not done: the request was closed after it was due by " + p.dueBy().format(DAY)
                    : "done " + when(p.doneAt()) + " (missed: due by " + p.dueBy().format(DAY) + ")";
            case NOT_NEEDED -> "not needed: the request was closed without it";
        };
    }

    public java.util.List<Step> getSteps() {
        return Step.OF_A_REQUEST;
    }

    public List<ServiceRequestSummary> getOpenRequests() {
        return openRequests;
    }

    public Long getRequestServiceId() {
        return requestServiceId;
    }

    public void setRequestServiceId(Long requestServiceId) {
        this.requestServiceId = requestServiceId;
    }

    public Channel getRequestChannel() {
        return requestChannel;
    }

    public void setRequestChannel(Channel requestChannel) {
        this.requestChannel = requestChannel;
    }

    public String getRequestDescription() {
        return requestDescription;
    }

    public void setRequestDescription(String requestDescription) {
        this.requestDescription = requestDescription;
    }

    /** Undoes a merge this record took part in; both records are then exactly as before it. */
    public void unmerge(long mergeId) {
        try {
            MergeSummary undone = residentMerges.unmerge(mergeId, unmergeReason, PURPOSE);
            Messages.done("Unmerged: records " + undone.keptId() + " and " + undone.mergedId() + " stand apart again.");
            unmergeReason = null;
            open();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public List<MergeSummary> getMerges() {
        return merges;
    }

    public String getUnmergeReason() {
        return unmergeReason;
    }

    public void setUnmergeReason(String unmergeReason) {
        this.unmergeReason = unmergeReason;
    }

    public void logContact() {
        // The contact ends now; it began when the record was opened unless the adviser says how long it took.
        Instant ended = Instant.now();
        Instant started = minutes != null ? ended.minus(Duration.ofMinutes(Math.max(0, minutes)))
                : openedAt == null ? ended : openedAt;
        try {
            contacts.log(id, new ContactDetails(channel, contactType, serviceId, reason, outcome, resolvedAtFirstPoint,
                    avoidable, avoidable ? avoidableReason : null, started, ended, waitedSeconds), PURPOSE);
        } catch (DetailsRefused e) {
            Messages.refused(e);
            return;
        }
        Messages.done("Contact logged.");
        reason = null;
        outcome = null;
        avoidable = false;
        avoidableReason = null;
        minutes = null;
        waitedSeconds = null;
        openedAt = Instant.now();
        kinds = timeline.kinds(id);
    }

    public void clearFilter() {
        kind = null;
        filterServiceId = null;
        from = null;
        to = null;
    }

    private TimelineFilter filter() {
        return new TimelineFilter(kind == null || kind.isBlank() ? Set.of() : Set.of(kind), filterServiceId, from, to);
    }

    public String when(Instant instant) {
        return CouncilFormat.moment(instant);
    }

    public String joined(java.util.Collection<String> values) {
        return values.stream().sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    public String kindLabel(String k) {
        if (k == null || k.isEmpty()) {
            return "";
        }
        String words = k.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ContactType[] getContactTypes() {
        return ContactType.values();
    }

    public AvoidableContactReason[] getAvoidableReasons() {
        return AvoidableContactReason.values();
    }

    public LazyDataModel<TimelineItem> getEntries() {
        return entries;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ResidentProfile getProfile() {
        return profile;
    }

    public List<ServiceSummary> getServices() {
        return services;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getFilterServiceId() {
        return filterServiceId;
    }

    public void setFilterServiceId(Long filterServiceId) {
        this.filterServiceId = filterServiceId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public void setContactType(ContactType contactType) {
        this.contactType = contactType;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public boolean isResolvedAtFirstPoint() {
        return resolvedAtFirstPoint;
    }

    public void setResolvedAtFirstPoint(boolean resolvedAtFirstPoint) {
        this.resolvedAtFirstPoint = resolvedAtFirstPoint;
    }

    public boolean isAvoidable() {
        return avoidable;
    }

    public void setAvoidable(boolean avoidable) {
        this.avoidable = avoidable;
    }

    public AvoidableContactReason getAvoidableReason() {
        return avoidableReason;
    }

    public void setAvoidableReason(AvoidableContactReason avoidableReason) {
        this.avoidableReason = avoidableReason;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getWaitedSeconds() {
        return waitedSeconds;
    }

    public void setWaitedSeconds(Integer waitedSeconds) {
        this.waitedSeconds = waitedSeconds;
    }
}
