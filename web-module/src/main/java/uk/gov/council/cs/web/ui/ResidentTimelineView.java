package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.services.ServiceSummary;
import uk.gov.council.cs.timeline.Timeline;
import uk.gov.council.cs.timeline.TimelineFilter;
import uk.gov.council.cs.timeline.TimelineItem;
import uk.gov.council.cs.timeline.TimelinePage;

/**
 * The resident's whole timeline, newest first, a page at a time, narrowed by kind, service and dates.
 * The filter and the page are in the address (post, then redirect), so a filtered view can be
 * bookmarked, shared and gone back to.
 */
@Named
@ViewScoped
public class ResidentTimelineView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @EJB
    private transient Timeline timeline;
    @EJB
    private transient ServiceCatalogue catalogue;
    @Inject
    private ResidentRecord record;

    private int page = 1;
    private String kind;
    private Long service;
    private LocalDate from;
    private LocalDate to;
    private DateEntry fromEntry = new DateEntry();
    private DateEntry toEntry = new DateEntry();
    private List<String> kinds = List.of();
    private List<ServiceSummary> services = List.of();
    private TimelinePage shown;

    public void open() {
        if (!record.isFound()) {
            return;
        }
        fromEntry = DateEntry.of(from);
        toEntry = DateEntry.of(to);
        kinds = timeline.kinds(record.getId());
        services = catalogue.aToZ();
        try {
            shown = timeline.page(record.getId(), filter(), (page - 1) * PAGE_SIZE, PAGE_SIZE, ResidentRecord.PURPOSE);
            // An address with a page past the end shows the last page (read again only then, not on every page).
            int last = (int) Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (page > last) {
                page = last;
                shown = timeline.page(record.getId(), filter(), (page - 1) * PAGE_SIZE, PAGE_SIZE, ResidentRecord.PURPOSE);
            }
        } catch (DetailsRefused e) {
            Messages.refused(e);
            shown = new TimelinePage(List.of(), 0, 0);
        }
    }

    /** Applies the filter: the same page again with the filter in its address, from its first page. */
    public String apply() {
        String fromProblem = fromEntry.problem("From");
        String toProblem = toEntry.problem("To");
        if (fromProblem != null || toProblem != null) {
            if (fromProblem != null) {
                Messages.fieldProblem("filter:from:day", fromProblem);
            }
            if (toProblem != null) {
                Messages.fieldProblem("filter:to:day", toProblem);
            }
            return null;
        }
        from = fromEntry.date();
        to = toEntry.date();
        if (from != null && to != null && to.isBefore(from)) {
            Messages.fieldProblem("filter:to:day", "To must be the same as or after From");
            return null;
        }
        page = 1;
        return "/residents/timeline?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/residents/timeline?faces-redirect=true&id=" + record.getId();
    }

    private TimelineFilter filter() {
        return new TimelineFilter(kind == null || kind.isBlank() ? Set.of() : Set.of(kind), service, from, to);
    }

    public boolean isFiltered() {
        return (kind != null && !kind.isBlank()) || service != null || from != null || to != null;
    }

    public List<TimelineItem> getEntries() {
        return shown == null ? List.of() : shown.items();
    }

    public long getTotal() {
        return shown == null ? 0 : shown.total();
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page links to show: the first, the last, and two either side of this one (GOV.UK pagination). */
    public List<Integer> getPageLinks() {
        List<Integer> links = new ArrayList<>();
        int last = getPages();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - page) <= 2) {
                links.add(p);
            } else if (links.isEmpty() || links.get(links.size() - 1) != 0) {
                links.add(0); // an ellipsis
            }
        }
        return links;
    }

    public int getFirstShown() {
        return getTotal() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(getTotal(), (long) page * PAGE_SIZE);
    }

    public List<String> getKinds() {
        return kinds;
    }

    public List<ServiceSummary> getServices() {
        return services;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind;
    }

    public Long getService() {
        return service;
    }

    public void setService(Long service) {
        this.service = service;
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

    public DateEntry getFromEntry() {
        return fromEntry;
    }

    public DateEntry getToEntry() {
        return toEntry;
    }
}
