package uk.gov.council.cs.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a feed has been quiet for longer than the council expects of it. A housing system that sends
 * repairs all day and then nothing for a day has most likely stopped, and nobody notices an absence:
 * the Back-office feeds page says so. The interval is a setting per feed,
 * {@code council.feeds.<queue>.silent-after}, an ISO-8601 duration (PT24H, P7D), or {@code off} for a
 * feed that is quiet by nature.
 *
 * @param expectedWithin how long the feed may be quiet; empty when silence is never a warning
 */
public record FeedSilence(Optional<Duration> expectedWithin) {

    public static final Duration DEFAULT = Duration.ofHours(24);

    /** The setting's name for a feed. */
    public static String setting(Feed feed) {
        return "council.feeds." + feed.channel() + ".silent-after";
    }

    /**
     * The interval as set; a setting that is not a positive duration falls back to the default rather than
     * silence every warning, and {@link #problemWith} says why for the page.
     */
    public static FeedSilence parse(String setting) {
        if (setting != null && setting.strip().equalsIgnoreCase("off")) {
            return new FeedSilence(Optional.empty());
        }
        return new FeedSilence(Optional.of(duration(setting).orElse(DEFAULT)));
    }

    /** Why a setting cannot be used, quoting it; empty when it can (or is not set). */
    public static Optional<String> problemWith(String setting) {
        if (setting == null || setting.isBlank() || setting.strip().equalsIgnoreCase("off") || duration(setting).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("The setting \"" + setting.strip() + "\" is not a positive duration such as PT24H or P7D,"
                + " or off; " + words(DEFAULT) + " is used.");
    }

    private static Optional<Duration> duration(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        try {
            Duration d = Duration.parse(setting.strip().toUpperCase(java.util.Locale.ROOT));
            return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The warning for a feed last heard from at {@code lastHeard} (empty if never), as of {@code now}; empty when
     * it is not overdue. A feed never heard from is not a warning: it may not have been switched on yet.
     */
    public Optional<String> warning(Optional<Instant> lastHeard, Instant now) {
        if (expectedWithin.isEmpty() || lastHeard.isEmpty()) {
            return Optional.empty();
        }
        Duration quiet = Duration.between(lastHeard.get(), now);
        if (quiet.compareTo(expectedWithin.get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of("Nothing received for " + words(quiet) + "; the feed is expected at least every "
                + words(expectedWithin.get()) + ". Check that the system is still sending.");
    }

    /** "3 days 4 hours", "45 minutes": as precise as a person needs, no more. */
    static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return plural(Math.max(minutes, 1), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
