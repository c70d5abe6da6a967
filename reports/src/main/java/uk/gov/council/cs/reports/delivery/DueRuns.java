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
        // Every schedule runs at least once a year, so the latest run is within 400 days: the pass every
        // minute never walks a subscription's whole history.
        Instant horizon = now.minus(java.time.Duration.ofDays(400));
        Instant after = since.isAfter(horizon) ? since : horizon;
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
