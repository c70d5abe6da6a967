package uk.gov.council.cs.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.gov.council.cs.refusals.DetailsRefused;

/** How a refusal reaches the person at the screen: the summary, then every reason. */
final class Messages {

    private Messages() {
    }

    static void refused(DetailsRefused e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.summary(), null));
        for (String problem : e.problems()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
        }
        faces.validationFailed();
    }

    /**
     * A refusal whose problems name the fields of a form: a problem that begins with a field's name
     * ({@code fields}: name to client id, e.g. "Forename" to "register:forename") is linked to it.
     */
    static void refused(DetailsRefused e, java.util.Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.summary(), null));
        for (String problem : e.problems()) {
            String field = fields.entrySet().stream()
                    .filter(f -> problem.regionMatches(true, 0, f.getKey(), 0, f.getKey().length()))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
        }
        faces.validationFailed();
    }

    /**
     * A refusal whose problems speak of the form's fields in words ("Choose the service...", "Say why
     * the resident got in touch (reason)"): each problem goes to the first field whose word it
     * contains ({@code words}: word to client id, in the order to try, most particular first), so the
     * error summary links to it and the field shows it; a problem naming no field is the form's.
     */
    static void refusedAbout(DetailsRefused e, java.util.LinkedHashMap<String, String> words) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.summary(), null));
        for (String problem : e.problems()) {
            String lower = problem.toLowerCase(java.util.Locale.ROOT);
            String field = words.entrySet().stream().filter(w -> lower.contains(w.getKey()))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
        }
        faces.validationFailed();
    }

    /** Says what was done on the page the browser is sent to next (post, redirect, get). */
    static void doneThenRedirect(String what) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        done(what);
    }

    /** A problem with one field: the error summary links to it and the field shows it. */
    static void fieldProblem(String clientId, String problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
        faces.validationFailed();
    }

    static void done(String what) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, what, null));
    }
}
