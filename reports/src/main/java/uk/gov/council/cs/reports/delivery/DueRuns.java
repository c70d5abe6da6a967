package uk.gov.council.cs.reports.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.gov.council.cs.reports.schedule.DeliverySchedule;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * Which run of a schedule is due now: the latest scheduled moment after the subscription began (or was
 * resumed) and not after now. A server that was down over several runs sends the latest once when it
 * comes back, not every one it missed: a committee wants this quarter's figures, not three old ones.
 */
public final class DueRuns {

    private DueRuns() {
    }

    public static Optional<Instant> latest(DeliverySchedule schedule, Instant since, Instant now, WorkingDayCalendar calendar) {
        Instant latest = null;
        Instant after = since;
        while (true) {
            List<Instant> next = schedule.nextRuns(after, 1, calendar);
            Instant run = next.get(0);
            if (run.isAfter(now)) {
                return Optional.ofNullable(latest);
            }
            latest = run;
            after = run;
        }
    }
}
