package uk.gov.council.cs.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.integration.RejectedRecordReplay;
import uk.gov.council.cs.intake.AlreadyResolved;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.intake.RejectedRecord;
import uk.gov.council.cs.intake.RejectedRecords;
import uk.gov.council.cs.workingdays.CouncilTime;

/** Rejected incoming records: see why, correct, replay or discard. */
@Named
@ViewScoped
public class RejectedRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Staff read times in the council's own time zone. */
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(CouncilTime.ZONE);

    @EJB
    private transient RejectedRecords rejected;

    @EJB
    private transient RejectedRecordReplay replay;

    private List<RejectedRecord> records;
    private final Map<Long, String> corrections = new HashMap<>();

    @PostConstruct
    void load() {
        records = rejected.awaitingAttention(200);
        records.forEach(r -> corrections.putIfAbsent(r.getId(), r.getPayload()));
    }

    public List<RejectedRecord> getRecords() {
        return records;
    }

    public String received(RejectedRecord record) {
        return RECEIVED.format(record.getReceivedAt());
    }

    public Map<Long, String> getCorrections() {
        return corrections;
    }

    public void replay(long id) {
        act(() -> replay.replay(id, corrections.get(id)), "Record " + id + " was sent again.");
    }

    public void discard(long id) {
        act(() -> rejected.discard(id), "Record " + id + " was discarded.");
    }

    private void act(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (AlreadyResolved | NotFound e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            String why = e.getCause() instanceof IllegalArgumentException ? e.getCause().getMessage()
                    : "The record could not be processed; the error has been logged.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
        }
        load();
    }
}
