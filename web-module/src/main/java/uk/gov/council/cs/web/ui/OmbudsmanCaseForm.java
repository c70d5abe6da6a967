package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import uk.gov.council.cs.complaints.ComplaintViews;
import uk.gov.council.cs.complaints.OmbudsmanCases;
import uk.gov.council.cs.complaints.OmbudsmanItem;
import uk.gov.council.cs.refusals.DetailsRefused;

/**
 * The Ombudsman's cases about a complaint, kept by the complaints team: each case moved on through the
 * Ombudsman's stages, its decision recorded, and what the Ombudsman asks for added and done with evidence.
 */
@Named
@ViewScoped
public class OmbudsmanCaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient OmbudsmanCases ombudsmanCases;
    @Inject
    private ComplaintView complaint;

    private final Map<Long, String> stage = new HashMap<>();
    private final Map<Long, String> decision = new HashMap<>();
    private final Map<Long, DateEntry> decidedOn = new HashMap<>();
    private final Map<Long, Boolean> remedied = new HashMap<>();
    private final Map<Long, String> findings = new HashMap<>();
    /** By name: Faces cannot tell a map value's enum type, so the choice arrives as text. */
    private final Map<Long, String> itemKind = new HashMap<>();
    private final Map<Long, String> itemDescription = new HashMap<>();
    private final Map<Long, DateEntry> itemDueOn = new HashMap<>();
    private final Map<Long, String> itemEvidence = new HashMap<>();

    public void move(long caseId) {
        act(() -> ombudsmanCases.moveTo(caseId, stage.get(caseId), ComplaintView.PURPOSE), "The case has moved on.");
    }

    public void decide(long caseId) {
        DateEntry day = decidedOn(caseId);
        String problem = day.problem("The day of the decision");
        if (problem != null) {
            Messages.refused(new DetailsRefused("The decision was not recorded.", java.util.List.of(problem)));
            return;
        }
        act(() -> ombudsmanCases.decide(caseId, decision.get(caseId), day.date(), Boolean.TRUE.equals(remedied.get(caseId)),
                findings.get(caseId), ComplaintView.PURPOSE), "The decision is recorded.");
    }

    public void addItem(long caseId) {
        DateEntry due = itemDueOn(caseId);
        String problem = due.problem("The day it is due");
        if (problem != null) {
            Messages.refused(new DetailsRefused("Nothing was added to the case.", java.util.List.of(problem)));
            return;
        }
        String kind = itemKind.get(caseId);
        act(() -> ombudsmanCases.addItem(caseId, kind == null || kind.isBlank() ? null : OmbudsmanItem.Kind.valueOf(kind),
                itemDescription.get(caseId), due.date(), ComplaintView.PURPOSE), "Added to the case.");
    }

    public void itemDone(long itemId) {
        act(() -> ombudsmanCases.itemDone(itemId, itemEvidence.get(itemId), ComplaintView.PURPOSE), "Recorded as done.");
    }

    private void act(Supplier<ComplaintViews.OmbudsmanCaseView> step, String done) {
        try {
            step.get();
            complaint.reload();
            Messages.done(done);
            decidedOn.clear();
            itemDueOn.clear();
            itemDescription.clear();
            itemEvidence.clear();
        } catch (DetailsRefused e) {
            Messages.refused(e);
        }
    }

    public DateEntry decidedOn(long caseId) {
        return decidedOn.computeIfAbsent(caseId, k -> new DateEntry());
    }

    public DateEntry itemDueOn(long caseId) {
        return itemDueOn.computeIfAbsent(caseId, k -> new DateEntry());
    }

    public OmbudsmanItem.Kind[] getItemKinds() {
        return OmbudsmanItem.Kind.values();
    }

    public Map<Long, String> getStage() {
        return stage;
    }

    public Map<Long, String> getDecision() {
        return decision;
    }

    public Map<Long, Boolean> getRemedied() {
        return remedied;
    }

    public Map<Long, String> getFindings() {
        return findings;
    }

    public Map<Long, String> getItemKind() {
        return itemKind;
    }

    public Map<Long, String> getItemDescription() {
        return itemDescription;
    }

    public Map<Long, String> getItemEvidence() {
        return itemEvidence;
    }
}
