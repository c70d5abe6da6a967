package uk.gov.council.cs.refusals;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Details that cannot be accepted, with every reason at once so that a person (or a quarantined
 * record) can put them all right in one go. Rolls back whatever the caller had written.
 *
 * <p>The reasons quote what was sent, which is often personal data, so they are kept apart from
 * the exception's message: anything that logs an exception (the container, Camel) logs only the
 * count. Show {@link #problems()} to the person who sent the details, never to a log.
 */
@ApplicationException(rollback = true, inherited = true)
public class DetailsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String summary;
    private final List<String> problems;

    /** @param summary what was refused, in words for the person, for example "The contact was not logged." */
    public DetailsRefused(String summary, List<String> problems) {
        super(summary + " (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"), null, false, false);
        this.summary = summary;
        this.problems = List.copyOf(problems);
    }

    public String summary() {
        return summary;
    }

    public List<String> problems() {
        return problems;
    }
}
