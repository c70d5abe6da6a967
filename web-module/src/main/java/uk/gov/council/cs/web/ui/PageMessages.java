package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the page says about the last thing done, in the design's two places at the top of the page:
 * the error summary (each problem, linked to its field where the problem belongs to one) and the
 * notification banner for what just happened ("Contact logged.").
 */
@Named
@RequestScoped
public class PageMessages {

    /** One problem; {@code fieldId} is the client id of the field it is about, or null for the whole form. */
    public record Problem(String fieldId, String text) {
    }

    private List<Problem> problems;
    private List<String> notices;
    private boolean readWhileRendering;

    private void read() {
        // Kept only once the page is being rendered: the template's rendered= tests also run in a
        // post-back's earlier phases, before the action has said anything.
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (rendering && readWhileRendering) {
            return;
        }
        readWhileRendering = rendering;
        problems = new ArrayList<>();
        notices = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (Iterator<FacesMessage> it = faces.getMessages(id); it.hasNext(); ) {
                FacesMessage m = it.next();
                m.rendered();
                String text = m.getSummary() == null || m.getSummary().isBlank() ? m.getDetail() : m.getSummary();
                if (m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    problems.add(new Problem(id, text));
                } else {
                    notices.add(text);
                }
            }
        }
    }

    public List<Problem> getProblems() {
        read();
        return problems;
    }

    public List<String> getNotices() {
        read();
        return notices;
    }

    /** The first problem about the field whose id (or client id ending ":id") is given, or null. */
    public String problemFor(String id) {
        for (Problem p : getProblems()) {
            if (p.fieldId() != null && (p.fieldId().equals(id) || p.fieldId().endsWith(":" + id))) {
                return p.text();
            }
        }
        return null;
    }

    /** A field's aria-describedby: its hint and its error, or null (no attribute at all) when it has neither. */
    public String describedBy(String id, String hint, String problem) {
        String ids = ((hint == null || hint.isEmpty() ? "" : id + "-hint ") + (problem == null || problem.isEmpty() ? "" : id + "-error")).trim();
        return ids.isEmpty() ? null : ids;
    }

    public boolean isFailed() {
        return !getProblems().isEmpty();
    }

    /** The page title's prefix: a screen reader hears first that the form was refused. */
    public String getTitlePrefix() {
        boolean signInRefused = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(uk.gov.council.cs.web.signin.StaffAuthentication.REFUSAL) != null;
        return isFailed() || signInRefused ? "Error: " : "";
    }
}
