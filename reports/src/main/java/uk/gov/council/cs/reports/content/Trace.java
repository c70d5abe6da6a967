package uk.gov.council.cs.reports.content;

import java.io.Serializable;
import java.util.List;

/**
 * Which warehouse records a figure counts, so that staff can list them: the kind of record, and the
 * condition (over that kind's fact and its dimensions) with its parameters. Made by the code that counts
 * the figure, beside its count, and never from a request, so its condition is the count's own.
 *
 * @param records         the kind of record (a {@code figures.RecordList} code)
 * @param condition       an SQL condition over the record list's aliases
 * @param specialCategory whether the condition selects by an equality answer (only the equality officer may list them)
 */
public record Trace(String records, String condition, List<Object> parameters, boolean specialCategory) implements Serializable {
    public Trace {
        parameters = List.copyOf(parameters);
    }
}
