package uk.gov.council.cs.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an adviser records of one contact (DOMAIN.md "Per contact"). {@link #problems()} lists every
 * reason it cannot be logged as it stands.
 *
 * @param serviceId from the A-Z; required, because contacts are reported by service
 * @param endedAt   null while the contact is still going on or when its length is not known
 * @param answeredAfterSeconds how long a caller or webchat user waited before being answered, from
 *                  the telephony or chat system; null when not known or not a call or webchat
 */
public record ContactDetails(Channel channel, ContactType contactType, Long serviceId, String reason, String outcome,
                             boolean resolvedAtFirstPoint, boolean avoidable, AvoidableContactReason avoidableReason,
                             Instant startedAt, Instant endedAt, Integer answeredAfterSeconds) {

    /** A contact longer than this is a slip of the clock, not a conversation. */
    static final Duration LONGEST = Duration.ofHours(12);
    /** A wait longer than a day before answering is a slip, not a queue. */
    static final int LONGEST_WAIT_SECONDS = 24 * 3600;

    public List<String> problems(Instant now) {
        List<String> problems = new ArrayList<>();
        if (channel == null) {
            problems.add("Choose the channel the resident used.");
        }
        if (contactType == null) {
            problems.add("Choose the type of contact: transaction, interaction or information.");
        }
        if (serviceId == null) {
            problems.add("Choose the service the contact was about.");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("Say why the resident got in touch (reason).");
        } else if (reason.length() > 200) {
            problems.add("The reason is longer than 200 characters.");
        }
        if (outcome != null && outcome.length() > 200) {
            problems.add("The outcome is longer than 200 characters.");
        }
        if (avoidable && avoidableReason == null) {
            problems.add("Say why the contact was avoidable.");
        }
        if (!avoidable && avoidableReason != null) {
            problems.add("A reason for avoidable contact was given, but the contact is not marked avoidable.");
        }
        if (answeredAfterSeconds != null) {
            if (channel != null && !channel.waitsToBeAnswered()) {
                problems.add("A wait before answering is recorded for calls and webchats only, not for "
                        + channel.label().toLowerCase(java.util.Locale.UK) + ".");
            }
            if (answeredAfterSeconds < 0 || answeredAfterSeconds > LONGEST_WAIT_SECONDS) {
                problems.add("The wait before answering must be from 0 to " + LONGEST_WAIT_SECONDS + " seconds.");
            }
        }
        if (startedAt == null) {
            problems.add("Say when the contact started.");
        } else {
            if (startedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
                problems.add("The contact cannot start in the future.");
            }
            if (endedAt != null && endedAt.isBefore(startedAt)) {
                problems.add("The contact cannot end before it started.");
            } else if (endedAt != null && Duration.between(startedAt, endedAt).compareTo(LONGEST) > 0) {
                problems.add("A contact of more than 12 hours is not plausible: check the start and end times.");
            }
        }
        return problems;
    }

    /** How long it took, when known. */
    public Duration duration() {
        return startedAt == null || endedAt == null ? null : Duration.between(startedAt, endedAt);
    }
}
