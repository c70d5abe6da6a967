package uk.gov.council.cs.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contact is logged with everything DOMAIN.md asks for, or refused with every reason. */
class ContactDetailsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant TEN_AGO = NOW.minus(Duration.ofMinutes(10));

    private static ContactDetails contact(boolean avoidable, AvoidableContactReason why, Instant start, Instant end) {
        return new ContactDetails(Channel.TELEPHONE, ContactType.TRANSACTION, 7L, "Missed bin", "Job raised", true,
                avoidable, why, start, end, null);
    }

    @Test
    void aCompleteContactHasNoProblems() {
        assertEquals(List.of(), contact(false, null, TEN_AGO, NOW).problems(NOW));
        assertEquals(List.of(), contact(true, AvoidableContactReason.CHASING_PROGRESS, TEN_AGO, null).problems(NOW));
        assertEquals(Duration.ofMinutes(10), contact(false, null, TEN_AGO, NOW).duration());
    }

    @Test
    void everyMissingFieldIsNamed() {
        ContactDetails empty = new ContactDetails(null, null, null, " ", null, false, false, null, null, null, null);
        assertEquals(List.of("Choose the channel the resident used.",
                "Choose the type of contact: transaction, interaction or information.",
                "Choose the service the contact was about.",
                "Say why the resident got in touch (reason).",
                "Say when the contact started."), empty.problems(NOW));
    }

    @Test
    void avoidableContactNeedsItsReasonAndOnlyThen() {
        assertEquals(List.of("Say why the contact was avoidable."), contact(true, null, TEN_AGO, NOW).problems(NOW));
        assertEquals(List.of("A reason for avoidable contact was given, but the contact is not marked avoidable."),
                contact(false, AvoidableContactReason.CLARIFICATION, TEN_AGO, NOW).problems(NOW));
    }

    @Test
    void timesMustBePlausible() {
        assertEquals(List.of("The contact cannot end before it started."), contact(false, null, NOW, TEN_AGO).problems(NOW));
        assertEquals(List.of("The contact cannot start in the future."),
                contact(false, null, NOW.plus(Duration.ofHours(1)), null).problems(NOW));
        assertEquals(List.of("A contact of more than 12 hours is not plausible: check the start and end times."),
                contact(false, null, NOW.minus(Duration.ofHours(13)), NOW).problems(NOW));
    }

    @Test
    void longTextIsRefused() {
        ContactDetails c = new ContactDetails(Channel.EMAIL, ContactType.INFORMATION, 1L, "r".repeat(201), "o".repeat(201),
                false, false, null, TEN_AGO, null, null);
        assertEquals(List.of("The reason is longer than 200 characters.", "The outcome is longer than 200 characters."),
                c.problems(NOW));
    }

    @Test
    void theTimelineLineSaysChannelReasonOutcomeAndResolution() {
        ContactSummary s = new ContactSummary(1, 2, Channel.TELEPHONE, ContactType.TRANSACTION, 7L, "Missed bin",
                "Job raised", true, false, null, TEN_AGO, NOW, "adviser", 12, 15);
        assertEquals("Telephone: Missed bin – Job raised (resolved at first contact)", s.timelineSummary());
    }

    @Test
    void theWaitBeforeAnsweringIsForCallsAndWebchatsOnly() {
        ContactDetails call = new ContactDetails(Channel.TELEPHONE, ContactType.TRANSACTION, 7L, "Missed bin", null, true,
                false, null, TEN_AGO, NOW, 12);
        assertEquals(List.of(), call.problems(NOW));
        ContactDetails letter = new ContactDetails(Channel.POST, ContactType.TRANSACTION, 7L, "Missed bin", null, true,
                false, null, TEN_AGO, NOW, 12);
        assertEquals(List.of("A wait before answering is recorded for calls and webchats only, not for post."), letter.problems(NOW));
        ContactDetails negative = new ContactDetails(Channel.WEBCHAT, ContactType.TRANSACTION, 7L, "Missed bin", null, true,
                false, null, TEN_AGO, NOW, -1);
        assertEquals(List.of("The wait before answering must be from 0 to 86400 seconds."), negative.problems(NOW));
    }
}
