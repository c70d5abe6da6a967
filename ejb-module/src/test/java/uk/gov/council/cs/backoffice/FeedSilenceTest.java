package uk.gov.council.cs.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedSilenceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void aFeedHeardFromWithinItsIntervalIsNoWarning() {
        FeedSilence daily = FeedSilence.parse("PT24H");
        assertEquals(Optional.empty(), daily.warning(Optional.of(NOW.minus(Duration.ofHours(23))), NOW));
        assertEquals(Optional.empty(), daily.warning(Optional.of(NOW.minus(Duration.ofHours(24))), NOW));
    }

    @Test
    void aFeedQuietForLongerSaysForHowLongAndWhatIsExpected() {
        Optional<String> warning = FeedSilence.parse("PT24H")
                .warning(Optional.of(NOW.minus(Duration.ofHours(51))), NOW);
        assertEquals(Optional.of("Nothing received for 2 days 3 hours; the feed is expected at least every 1 day."
                + " Check that the system is still sending."), warning);
    }

    @Test
    void aFeedNeverHeardFromIsNotAWarningForItMayNotBeSwitchedOnYet() {
        assertEquals(Optional.empty(), FeedSilence.parse(null).warning(Optional.empty(), NOW));
    }

    @Test
    void offMeansTheFeedIsQuietByNature() {
        assertEquals(Optional.empty(), FeedSilence.parse("off").warning(Optional.of(NOW.minus(Duration.ofDays(90))), NOW));
        assertEquals(Optional.empty(), FeedSilence.parse(" OFF ").expectedWithin());
        assertEquals(Optional.empty(), FeedSilence.problemWith("off"));
    }

    @Test
    void unsetOrUnusableSettingsFallBackToADayAndTheUnusableOneIsNamed() {
        assertEquals(Optional.of(Duration.ofHours(24)), FeedSilence.parse(null).expectedWithin());
        assertEquals(Optional.of(Duration.ofHours(24)), FeedSilence.parse("every day").expectedWithin());
        assertEquals(Optional.of(Duration.ofHours(24)), FeedSilence.parse("PT0S").expectedWithin());
        assertEquals(Optional.of(Duration.ofHours(24)), FeedSilence.parse("-PT1H").expectedWithin());
        assertEquals(Optional.of("The setting \"every day\" is not a positive duration such as PT24H or P7D, or off;"
                + " 1 day is used."), FeedSilence.problemWith("every day"));
        assertTrue(FeedSilence.problemWith(null).isEmpty());
        assertTrue(FeedSilence.problemWith("p7d").isEmpty());
    }

    @Test
    void aWeeklyExtractIsGivenAWeek() {
        FeedSilence weekly = FeedSilence.parse("P7D");
        assertEquals(Optional.empty(), weekly.warning(Optional.of(NOW.minus(Duration.ofDays(6))), NOW));
        assertTrue(weekly.warning(Optional.of(NOW.minus(Duration.ofDays(8))), NOW).orElseThrow()
                .startsWith("Nothing received for 8 days;"));
    }

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertEquals("45 minutes", FeedSilence.words(Duration.ofMinutes(45)));
        assertEquals("1 minute", FeedSilence.words(Duration.ofSeconds(20)));
        assertEquals("1 hour 1 minute", FeedSilence.words(Duration.ofMinutes(61)));
        assertEquals("3 hours", FeedSilence.words(Duration.ofHours(3)));
        assertEquals("1 day 1 hour", FeedSilence.words(Duration.ofHours(25)));
    }
}
