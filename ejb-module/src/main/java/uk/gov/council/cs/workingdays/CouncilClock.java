package uk.gov.council.cs.workingdays;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The time the council's records are stamped with: the real time, except on a thread that is
 * replaying the past. Only the demo does that ({@code demo.DemoHistory} plays two financial years of
 * the council's work so that the committee reports have a history to show), running each step through
 * the same EJBs as staff do, on the day it is meant to have happened.
 */
public final class CouncilClock extends Clock {

    /** The council's clock, in UTC; {@link CouncilTime#today(Clock)} reads its London day. */
    public static final CouncilClock UTC = new CouncilClock(ZoneOffset.UTC);

    private static final ThreadLocal<Instant> REPLAYING = new ThreadLocal<>();

    private final ZoneId zone;

    private CouncilClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Does {@code work} on this thread as if it were {@code at}; the real time returns afterwards. */
    public static <T> T replaying(Instant at, Supplier<T> work) {
        Instant before = REPLAYING.get();
        REPLAYING.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                REPLAYING.remove();
            } else {
                REPLAYING.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYING.get();
        return replayed != null ? replayed : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new CouncilClock(other);
    }
}
