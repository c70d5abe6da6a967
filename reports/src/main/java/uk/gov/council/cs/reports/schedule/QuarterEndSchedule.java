package uk.gov.council.cs.reports.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * The Nth working day after each financial quarter ends (30 June, 30 September, 31 December,
 * 31 March), at a local time: quarterly committee papers, once the quarter's figures are in.
 * Working days are the council's: no weekends, bank holidays or closure days.
 */
public record QuarterEndSchedule(int workingDay, LocalTime time) implements DeliverySchedule {

    /** About a quarter's worth of working days: a later day would overtake the next quarter's papers. */
    public static final int MOST_WORKING_DAYS = 60;

    public QuarterEndSchedule {
        if (workingDay < 1 || workingDay > MOST_WORKING_DAYS) {
            throw new IllegalArgumentException("The working day after a quarter ends is counted from 1 to " + MOST_WORKING_DAYS
                    + ", as in quarter-end+10wd@07:00; " + workingDay + " was given.");
        }
        time = RunMoments.checked(time);
    }

    @Override
    public Kind kind() {
        return Kind.WORKING_DAY_AFTER_QUARTER_END;
    }

    @Override
    public String text() {
        return "quarter-end+" + workingDay + "wd@" + ScheduleText.hhmm(time);
    }

    @Override
    public String description() {
        return "the " + ScheduleText.ordinal(workingDay) + " working day after each financial quarter ends, at "
                + ScheduleText.hhmm(time);
    }

    @Override
    public LocalDate nextRunDay(LocalDate day, WorkingDayCalendar calendar) {
        // A late run can fall in the quarter after next; runs keep the order of their quarters, so
        // starting two quarters back and taking the first run not before the day finds the next.
        ReportPeriod quarter = ReportPeriod.quarterOf(day).previous().previous();
        while (true) {
            LocalDate run = calendar.plusWorkingDays(quarter.last(), workingDay);
            if (!run.isBefore(day)) {
                return run;
            }
            quarter = ReportPeriod.quarterOf(quarter.last().plusDays(1));
        }
    }
}
