package uk.gov.council.cs.workingdays;

import java.time.LocalDate;
import java.time.ZoneId;

/** The council keeps UK time, whatever zone its servers run in: days and times staff see are London's. */
public final class CouncilTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CouncilTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
