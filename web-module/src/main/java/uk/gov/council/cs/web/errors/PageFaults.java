package uk.gov.council.cs.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * What a page does when something fails: the product's error page (with an incident number for a
 * fault of ours, or "the page had expired" for a stale form), never a stack trace, and a log line
 * without anything the person typed. Replaces Faces' default handler, which logs the exception's
 * message: a converter's message quotes the value that was entered.
 */
public class PageFaults extends ExceptionHandlerFactory {

    public PageFaults(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            String target = null;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable fault = events.next().getContext().getException();
                events.remove();
                if (target != null) {
                    continue;
                }
                if (isExpiredView(fault)) {
                    target = "/error.xhtml?expired=true";
                } else {
                    String view = faces.getViewRoot() == null ? "a page" : "page " + faces.getViewRoot().getViewId();
                    target = "/error.xhtml?incident=" + Incidents.record(view, fault);
                }
            }
            if (target != null) {
                show(faces, target);
            }
            getWrapped().handle();
        }

        private static boolean isExpiredView(Throwable fault) {
            for (Throwable t = fault; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void show(FacesContext faces, String target) {
            ExternalContext external = faces.getExternalContext();
            if (external.isResponseCommitted()) {
                return;
            }
            try {
                external.responseReset();
                external.redirect(external.getRequestContextPath() + target);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
