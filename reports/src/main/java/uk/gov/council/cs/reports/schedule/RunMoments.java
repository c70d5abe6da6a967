package uk.gov.council.cs.reports.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import uk.gov.council.cs.workingdays.CouncilTime;

/** Local run times placed in the council's zone, and the rules a delivery time must keep. */
final class RunMoments {

    private RunMoments() {
    }

    /**
     * The moment {@code time} on {@code day} in the council's zone. On the spring-forward day a
     * time in the skipped hour (01:00 to 01:59 in London) runs at the first moment after the gap,
     * 02:00 BST: the run is late but never lost. (java.time's {@code ZonedDateTime.of} would instead
     * move it by the gap's length, 01:30 to 02:30 BST; the first moment after the gap is what an
     * officer expects of a run due "at half past one".) On the autumn day a time that happens twice
     * runs once, at the earlier offset (BST), which is what {@code ZonedDateTime.of} picks.
     */
    static Instant at(LocalDate day, LocalTime time) {
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition transition = CouncilTime.ZONE.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.of(local, CouncilTime.ZONE).toInstant();
    }

    /** The council's local date at {@code moment}. */
    static LocalDate dayOf(Instant moment) {
        return moment.atZone(CouncilTime.ZONE).toLocalDate();
    }

    /** A delivery time as given, refused unless it is to the minute (the stored text has no seconds). */
    static LocalTime checked(LocalTime time) {
        if (time == null) {
            throw new IllegalArgumentException("Give a delivery time in 24-hour UK time, as in @07:00.");
        }
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("A delivery time is to the minute, as in @07:00; " + time + " was given.");
        }
        return time;
    }
}
