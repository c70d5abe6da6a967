package uk.gov.council.cs.reports.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * When a report is sent: a rule picking run days on the council's calendar, and a local time on
 * each (UK time, {@link uk.gov.council.cs.workingdays.CouncilTime#ZONE}). Run days are worked out on
 * local dates and only then placed in the zone, so 07:00 stays 07:00 through the clock changes.
 *
 * <p>Each schedule is stored as a short text ({@link #text()}, read back by {@link #parse}) and
 * shown to staff in words ({@link #description()}).
 */
public sealed interface DeliverySchedule permits QuarterEndSchedule, YearlySchedule, WeeklySchedule, MonthlyWorkingDaySchedule {

    /** The four rules councils use for committee papers. */
    enum Kind { WORKING_DAY_AFTER_QUARTER_END, YEARLY, WEEKLY, MONTHLY_WORKING_DAY }

    /**
     * Reads a stored schedule: {@code quarter-end+10wd@07:00}, {@code yearly 06-01@07:00},
     * {@code weekly MONDAY@07:00} or {@code monthly 1wd@09:00}. Anything else is refused with a
     * message, fit for an administrator's form, saying what is expected.
     */
    static DeliverySchedule parse(String text) {
        return ScheduleText.parse(text);
    }

    Kind kind();

    /** The local time of each run, in the council's zone. */
    LocalTime time();

    /** The stored form; {@link #parse} reads it back to an equal schedule. */
    String text();

    /** In words for the screen: "the 10th working day after each financial quarter ends, at 07:00". */
    String description();

    /** The first day on or after {@code day} on which this schedule runs. */
    LocalDate nextRunDay(LocalDate day, WorkingDayCalendar calendar);

    /**
     * The moment of the run on {@code runDay}: its local time in the council's zone. A time the
     * spring clock change skips runs at the first moment after the gap; a time the autumn change
     * repeats runs once, at the first of the two (see {@link RunMoments#at}).
     */
    default Instant runAt(LocalDate runDay) {
        return RunMoments.at(runDay, time());
    }

    /** The next {@code count} run moments strictly after {@code after}, earliest first. */
    default List<Instant> nextRuns(Instant after, int count, WorkingDayCalendar calendar) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(calendar, "calendar");
        if (count < 0) {
            throw new IllegalArgumentException("The number of runs to list cannot be negative: " + count);
        }
        List<Instant> runs = new ArrayList<>(count);
        // In London a run always falls within its own local day, so no earlier day can have a run after "after".
        LocalDate day = RunMoments.dayOf(after);
        while (runs.size() < count) {
            LocalDate runDay = nextRunDay(day, calendar);
            Instant run = runAt(runDay);
            if (run.isAfter(after)) {
                runs.add(run);
            }
            day = runDay.plusDays(1);
        }
        return List.copyOf(runs);
    }

    /**
     * A key naming the run, the same however often it is asked for, so a caller can refuse to send
     * one run twice: the scheduled local date and time, as in {@code 2026-07-14T07:00} (for a run
     * moved by the spring clock change, still the time asked for: {@code 2026-03-29T01:30}). Give it
     * a moment {@link #nextRuns} returned; combine it with the subscription's own id.
     */
    default String runKey(Instant run) {
        return RunMoments.dayOf(run).atTime(time()).toString();
    }

    /** The period the run at {@code run} reports on: {@code relative} resolved on the run's local date. */
    default ReportPeriod periodFor(Instant run, RelativePeriod relative) {
        return relative.resolve(RunMoments.dayOf(run));
    }
}
