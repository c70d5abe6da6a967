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

    static void done(String what) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, what, null));
    }
}
