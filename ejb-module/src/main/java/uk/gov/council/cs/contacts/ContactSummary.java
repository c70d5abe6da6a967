package uk.gov.council.cs.contacts;

import java.time.Instant;

/** A logged contact as the API and screens show it. */
public record ContactSummary(long id, long residentId, Channel channel, ContactType contactType, Long serviceId,
                             String reason, String outcome, boolean resolvedAtFirstPoint, boolean avoidable,
                             AvoidableContactReason avoidableReason, Instant startedAt, Instant endedAt, String handledBy,
                             Integer answeredAfterSeconds, Integer answerTargetSeconds) {

    public static ContactSummary of(Contact c) {
        return new ContactSummary(c.getId(), c.getResidentId(), c.getChannel(), c.getContactType(), c.getServiceId(),
                c.getReason(), c.getOutcome(), c.isResolvedAtFirstPoint(), c.isAvoidable(), c.getAvoidableReason(),
                c.getStartedAt(), c.getEndedAt(), c.getHandledBy(), c.getAnsweredAfterSeconds(), c.getAnswerTargetSeconds());
    }

    /** The line on the resident's timeline. */
    public String timelineSummary() {
        String line = channel.label() + ": " + reason;
        if (outcome != null && !outcome.isBlank()) {
            line += " – " + outcome;
        }
        return line + (resolvedAtFirstPoint ? " (resolved at first contact)" : "");
    }
}
