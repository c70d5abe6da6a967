package uk.gov.council.cs.timeline;

import java.time.Instant;

/**
 * What the single customer view shows of one entry. {@code kind} is the owning capability's word
 * for the thing ("contact", "complaint", "housing-event"); {@code source} and {@code sourceId}
 * say where to open it.
 */
public record TimelineItem(long id, Instant occurredAt, String kind, Long serviceId, String serviceName, String summary,
                           String source, long sourceId, String recordedBy) {
}
