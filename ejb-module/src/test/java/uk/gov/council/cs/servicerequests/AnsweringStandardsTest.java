package uk.gov.council.cs.servicerequests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.servicerequests.ServiceStandards.Standing;

/** "Calls answered within 15 seconds": answering targets, in seconds, for calls and webchats. */
class AnsweringStandardsTest {

    private static final long BINS = 7;
    private static final StandardDetails CALLS = StandardDetails.answering(null, Channel.TELEPHONE, 15, "Calls answered within 15 seconds");
    private static final StandardDetails BIN_CALLS = StandardDetails.answering(BINS, Channel.TELEPHONE, 30, "Bin calls within 30 seconds");
    private static final StandardDetails CHATS = StandardDetails.answering(null, Channel.WEBCHAT, 60, "Webchats within a minute");
    private static final StandardDetails LETTERS = StandardDetails.inWorkingDays(null, Channel.POST, Step.ACKNOWLEDGE, 10, "letters");
    private static final List<StandardDetails> PUBLISHED = List.of(CALLS, BIN_CALLS, CHATS, LETTERS);

    @Test
    void theMostSpecificAnsweringTargetApplies() {
        assertEquals(Optional.of(BIN_CALLS), ServiceStandards.answering(PUBLISHED, BINS, Channel.TELEPHONE));
        assertEquals(Optional.of(CALLS), ServiceStandards.answering(PUBLISHED, 8L, Channel.TELEPHONE));
        assertEquals(Optional.of(CHATS), ServiceStandards.answering(PUBLISHED, BINS, Channel.WEBCHAT));
        assertEquals(Optional.empty(), ServiceStandards.answering(PUBLISHED, BINS, Channel.POST));
    }

    @Test
    void anAnsweringTargetIsNeverARequestStep() {
        assertEquals(List.of(Step.ACKNOWLEDGE, Step.FULFIL, Step.CLOSE), Step.OF_A_REQUEST);
        assertTrue(ServiceStandards.applying(PUBLISHED, BINS, Channel.TELEPHONE).isEmpty());
    }

    @ParameterizedTest(name = "target {0} s, waited {1} s: {2}")
    @CsvSource({"15, 0, MET", "15, 15, MET", "15, 16, MISSED", "60, 300, MISSED", ", 10, NO_TARGET", "15, , NO_TARGET"})
    void aCallIsAnsweredWithinItsTargetOrNot(Integer target, Integer waited, Standing expected) {
        assertEquals(expected, ServiceStandards.answered(target, waited));
    }

    @Test
    void aValidAnsweringTargetHasNoProblems() {
        assertEquals(List.of(), CALLS.problems());
        assertEquals(List.of(), CHATS.problems());
    }

    @Test
    void anAnsweringTargetIsInSecondsForCallsOrWebchats() {
        assertEquals(List.of("An answering target is from 1 to 3600 seconds.",
                        "An answering target is for calls or webchats: choose the telephone or webchat channel."),
                new StandardDetails(null, Channel.POST, Step.ANSWER, 0, "Letters answered", null).problems());
        assertEquals(List.of("An answering target is for calls or webchats: choose the telephone or webchat channel.",
                        "An answering target is in seconds, not working days: leave working days at 0."),
                new StandardDetails(null, null, Step.ANSWER, 2, "Answered", 15).problems());
        assertEquals(List.of("An answering target is from 1 to 3600 seconds."),
                StandardDetails.answering(null, Channel.TELEPHONE, 7200, "Two hours").problems());
    }

    @Test
    void aRequestStepIsNotMeasuredInSeconds() {
        assertEquals(List.of("A target in seconds is only for answering calls and webchats; a request's steps take working days."),
                new StandardDetails(null, Channel.TELEPHONE, Step.ACKNOWLEDGE, 2, "Acknowledged", 15).problems());
    }

    @Test
    void performanceCountsCallsPerServiceAndLeavesOutUnknownWaits() {
        List<StandardsPerformance.Line> lines = StandardsPerformance.ofAnswering(List.of(
                new StandardsPerformance.Answered("Waste collection", 15, 4),
                new StandardsPerformance.Answered("Waste collection", 15, 15),
                new StandardsPerformance.Answered("Waste collection", 15, 40),
                new StandardsPerformance.Answered("Waste collection", 15, null),
                new StandardsPerformance.Answered("Council tax", 15, 90)));
        assertEquals(List.of(new StandardsPerformance.Line("Council tax", Step.ANSWER, 0, 1, 0, 0, 0),
                new StandardsPerformance.Line("Waste collection", Step.ANSWER, 2, 1, 0, 0, 0)), lines);
        assertEquals(2 / 3.0, lines.get(1).metShare(), 1e-9);
    }

    @Test
    void onlyCallsAndWebchatsWaitToBeAnswered() {
        for (Channel c : Channel.values()) {
            assertEquals(c == Channel.TELEPHONE || c == Channel.WEBCHAT, c.waitsToBeAnswered(), c.name());
        }
    }

    @Test
    void aTargetIsReadAsSecondsForAnsweringAndWorkingDaysOtherwise() {
        assertEquals(CALLS, StandardDetails.withTarget(null, Channel.TELEPHONE, Step.ANSWER, 15, "Calls answered within 15 seconds"));
        assertEquals(LETTERS, StandardDetails.withTarget(null, Channel.POST, Step.ACKNOWLEDGE, 10, "letters"));
        assertEquals("15 seconds", CALLS.targetInWords());
        assertEquals("10 working days", LETTERS.targetInWords());
    }
}
