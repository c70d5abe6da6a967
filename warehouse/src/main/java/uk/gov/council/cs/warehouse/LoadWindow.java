package uk.gov.council.cs.warehouse;

import java.time.Duration;
import java.time.Instant;

/**
 * Which changes a load of one fact copies: those after the fact's watermark, up to the moment the
 * load began. The window reaches back {@code overlap} before the watermark, because a transaction
 * that stamped its rows just before the last load began may have committed just after it; copying
 * a row twice changes nothing, so the overlap costs little and loses nothing. A load that died
 * part-way left its window and the last id it committed: it resumes that same window from there.
 */
public record LoadWindow(Instant from, Instant to, long resumeAfterId, boolean resuming) {

    /** The watermark of a fact never loaded: everything is new. */
    public static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z");

    /**
     * @param loadedThrough  the fact's watermark, or null if it was never loaded
     * @param unfinishedTo   the window of a load that died part-way, or null
     * @param resumeAfterId  the last id that load committed
     */
    public static LoadWindow next(Instant loadedThrough, Instant unfinishedTo, Long resumeAfterId, Instant now, Duration overlap) {
        Instant from = loadedThrough == null ? BEGINNING : loadedThrough.minus(overlap);
        if (from.isBefore(BEGINNING)) {
            from = BEGINNING;
        }
        if (unfinishedTo != null) {
            return new LoadWindow(from, unfinishedTo, resumeAfterId == null ? Long.MIN_VALUE : resumeAfterId, true);
        }
        return new LoadWindow(from, now, Long.MIN_VALUE, false);
    }

    /** A full rebuild: from the beginning, whatever was loaded before. */
    public static LoadWindow rebuild(Instant now) {
        return new LoadWindow(BEGINNING, now, Long.MIN_VALUE, false);
    }
}
