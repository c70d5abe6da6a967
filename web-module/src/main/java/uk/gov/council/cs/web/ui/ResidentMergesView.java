package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.residents.identity.MergeSummary;
import uk.gov.council.cs.residents.identity.ResidentMerges;

/**
 * The merges a record took part in (on its profile), and undoing one: its own form, with the reason
 * the merge was wrong, back to the record with a banner.
 */
@Named
@ViewScoped
public class ResidentMergesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ResidentMerges residentMerges;
    @Inject
    private ResidentRecord record;

    private List<MergeSummary> merges = List.of();
    private long mergeId;
    private MergeSummary undoing;
    private String reason;

    public void open() {
        if (record.isFound()) {
            merges = residentMerges.history(record.getId(), ResidentRecord.PURPOSE);
            undoing = merges.stream().filter(m -> m.id() == mergeId).findFirst().orElse(null);
        }
    }

    public String unmerge() {
        try {
            MergeSummary undone = residentMerges.unmerge(mergeId, reason, ResidentRecord.PURPOSE);
            Messages.doneThenRedirect("Unmerged: records " + undone.keptId() + " and " + undone.mergedId() + " stand apart again.");
            return "/residents/view?faces-redirect=true&id=" + record.getId();
        } catch (DetailsRefused e) {
            java.util.LinkedHashMap<String, String> words = new java.util.LinkedHashMap<>();
            words.put("reason", "unmerge:reason");
            words.put("why", "unmerge:reason");
            Messages.refusedAbout(e, words);
            return null;
        }
    }

    public List<MergeSummary> getMerges() {
        return merges;
    }

    public long getMergeId() {
        return mergeId;
    }

    public void setMergeId(long mergeId) {
        this.mergeId = mergeId;
    }

    public MergeSummary getUndoing() {
        return undoing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
