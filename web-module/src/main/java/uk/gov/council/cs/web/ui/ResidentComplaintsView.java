package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.Complaints;

/** Complaints and feedback: every complaint the resident has made, open ones first, and any restriction of their contact. */
@Named
@ViewScoped
public class ResidentComplaintsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Complaints complaints;
    @Inject
    private ResidentRecord record;

    private List<ComplaintViews.QueueLine> all = List.of();

    public void open() {
        if (record.isFound()) {
            all = complaints.ofResident(record.getId(), ResidentRecord.PURPOSE).stream()
                    .sorted(java.util.Comparator.comparing((ComplaintViews.QueueLine q) -> !q.state().open())
                            .thenComparing(ComplaintViews.QueueLine::receivedAt, java.util.Comparator.reverseOrder()))
                    .toList();
        }
    }

    public List<ComplaintViews.QueueLine> getComplaints() {
        return all;
    }
}
