package uk.gov.council.cs.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Narrows a resident's timeline: only these kinds (empty: all), only this service, only between
 * these dates inclusive (council time). Every part is optional.
 */
public record TimelineFilter(Set<String> kinds, Long serviceId, LocalDate from, LocalDate to) {

    public static final TimelineFilter EVERYTHING = new TimelineFilter(Set.of(), null, null, null);

    public TimelineFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("The 'to' date is before the 'from' date.");
        }
        return problems;
    }
}
