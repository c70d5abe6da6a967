package uk.gov.council.cs.web.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** What the error page says: which kind of failure, in words, and the incident number if there is one. */
@Named
@RequestScoped
public class ErrorPage {

    private HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private int status() {
        Object code = request().getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }

    private boolean expired() {
        return "true".equals(request().getParameter("expired"));
    }

    /** Only a number this server made is shown; anything else in the address is ignored. */
    public String getIncident() {
        Object attribute = request().getAttribute("incident");
        String incident = attribute != null ? attribute.toString() : request().getParameter("incident");
        return incident != null && incident.matches("[0-9A-F]{8}") ? incident : null;
    }

    public String getTitle() {
        if (expired()) {
            return "This page had expired";
        }
        return switch (status()) {
            case 400 -> "The request could not be understood";
            case 404 -> "Page not found";
            case 405 -> "The page cannot be used that way";
            default -> "Sorry, something went wrong";
        };
    }

    public String getExplanation() {
        if (expired()) {
            return "The form was left open too long, or you signed out in another tab, so nothing was saved. "
                    + "Open the page again from the menu and repeat what you were doing.";
        }
        return switch (status()) {
            case 400 -> "The address or the form sent was not in a form this service understands. Nothing was saved.";
            case 404 -> "There is no page at this address. Check the address, or use the menu.";
            case 405 -> "Use the menu and the page's own buttons.";
            default -> "The service could not finish what you asked. Nothing you entered is lost in the records "
                    + "that were already saved; try again in a moment.";
        };
    }
}
