package uk.gov.council.cs.backoffice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.residents.ReferenceSystem;

/**
 * One event from a back-office system, as the feed's parser made it: whose record it concerns (the
 * system's reference for them, and for a property its UPRN), what happened, and the line the
 * residents' timelines show. It carries no free text from the sender beyond that line.
 *
 * @param eventId          the sending system's own id for the event: with the feed, its natural key
 * @param type             what happened, in the feed's own words (for example repair-reported)
 * @param referenceSystem  which system's reference {@code reference} is
 * @param reference        the tenancy, claim or account the event concerns, or null
 * @param uprn             the property it concerns, or null
 * @param serviceName      the council service it belongs to, by its name in the service list, or null
 * @param summary          the timeline's line
 */
public record BackOfficeEvent(Feed feed, String eventId, String type, Instant occurredAt, ReferenceSystem referenceSystem,
                              String reference, Long uprn, String serviceName, String summary) {

    public static final int MAX_EVENT_ID = 120;

    /** What stops the event being applied as it stands; the parsers check the sender's fields first. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (feed == null) {
            problems.add("The event has no feed.");
        }
        if (eventId == null || eventId.isBlank() || eventId.length() > MAX_EVENT_ID) {
            problems.add("eventId is missing or longer than " + MAX_EVENT_ID + " characters.");
        }
        if (type == null || type.isBlank()) {
            problems.add("type is missing.");
        }
        if (occurredAt == null) {
            problems.add("occurredAt is missing.");
        }
        if ((reference == null || reference.isBlank()) && uprn == null) {
            problems.add("The event names neither a reference nor a property (UPRN), so it cannot be matched to anyone.");
        }
        if (reference != null && !reference.isBlank() && referenceSystem == null) {
            problems.add("The event's reference has no system.");
        }
        if (summary == null || summary.isBlank()) {
            problems.add("The event has no summary for the timeline.");
        }
        return problems;
    }
}
