package uk.gov.council.cs.integration;

import uk.gov.council.cs.refusals.DetailsRefused;

/** Why a record could not be applied, in words for the rejected-records page. */
final class Refusals {

    private Refusals() {
    }

    /**
     * Every reason of the refusal, wherever it is in the cause chain (the container wraps what it throws unless it
     * is an application exception); otherwise the failure's own words.
     */
    static String reason(Throwable caught) {
        for (Throwable t = caught; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DetailsRefused refused) {
                return String.join(" ", refused.problems());
            }
        }
        return caught == null ? "unknown reason." : caught.getClass().getSimpleName() + ": " + caught.getMessage();
    }
}
