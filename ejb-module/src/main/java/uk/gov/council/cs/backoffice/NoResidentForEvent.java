package uk.gov.council.cs.backoffice;

import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;

/**
 * No resident on file has the event's reference or lives at its property. The event is kept as a
 * rejected record: once the resident is on file (the system's extract, or a registration with the
 * reference), an administrator replays it.
 */
public class NoResidentForEvent extends DetailsRefused {

    private static final long serialVersionUID = 1L;

    public NoResidentForEvent(String problem) {
        super("The event matches nobody on file.", List.of(problem));
    }
}
