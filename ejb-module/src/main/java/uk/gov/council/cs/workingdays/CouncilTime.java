package uk.gov.council.cs.workingdays;

import java.time.LocalDate;
import java.time.ZoneId;

/** The council keeps UK time, whatever zone its servers run in: days and times staff see are London's. */
public final class CouncilTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final java.time.format.DateTimeFormatter READABLE = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private CouncilTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(CouncilClock.UTC.withZone(ZONE));
    }

    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** A moment as staff and residents read it, in London time: "25 Nov 2026 09:30"; empty for none. */
    public static String readable(java.time.Instant instant) {
        return instant == null ? "" : READABLE.format(instant.atZone(ZONE));
    }
}
