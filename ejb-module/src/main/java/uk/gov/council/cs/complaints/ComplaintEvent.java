package uk.gov.council.cs.complaints;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What back-office systems receive on the topic {@code ComplaintEvents} (JSON, schema version 1;
 * README, "Complaint events"). It carries the complaint's facts and the resident's references in
 * the subscribing systems, never their name or contact details.
 *
 * @param type complaint.opened, complaint.escalated, complaint.responded or complaint.closed
 */
public record ComplaintEvent(int schemaVersion, String type, long complaintId, String reference, long residentId,
                             Map<String, String> residentReferences, int stage, String state, String category,
                             Long leadServiceId, Set<Long> otherServiceIds, String outcome, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String OPENED = "complaint.opened";
    public static final String ESCALATED = "complaint.escalated";
    public static final String RESPONDED = "complaint.responded";
    public static final String CLOSED = "complaint.closed";
}
