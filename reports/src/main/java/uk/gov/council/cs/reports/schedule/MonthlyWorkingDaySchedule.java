package uk.gov.council.cs.reports.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/** The Nth working day of each month, at a local time; working days are the council's. */
public record MonthlyWorkingDaySchedule(int workingDay, LocalTime time) implements DeliverySchedule {

    /**
     * No month has fewer than 18 working days in England (February's 20 weekdays; December or May
     * less their bank holidays), so up to the 15th is always in the month even with a few closures.
     */
    public static final int MOST_WORKING_DAYS = 15;

    public MonthlyWorkingDaySchedule {
        if (workingDay < 1 || workingDay > MOST_WORKING_DAYS) {
            throw new IllegalArgumentException("The working day of the month is counted from 1 to " + MOST_WORKING_DAYS
                    + ", as in monthly 1wd@09:00; " + workingDay + " was given.");
        }
        time = RunMoments.checked(time);
    }

    @Override
    public Kind kind() {
        return Kind.MONTHLY_WORKING_DAY;
    }

    @Override
    public String text() {
        return "monthly " + workingDay + "wd@" + ScheduleText.hhmm(time);
    }

    @Override
    public String description() {
        return "the " + ScheduleText.ordinal(workingDay) + " working day of each month at " + ScheduleText.hhmm(time);
    }

    @Override
    public LocalDate nextRunDay(LocalDate day, WorkingDayCalendar calendar) {
        // Should closures ever leave a month short, its run counts on into the next month; starting
        // a month back keeps such a run, and runs still come in month order.
        YearMonth month = YearMonth.from(day).minusMonths(1);
        while (true) {
            LocalDate run = calendar.plusWorkingDays(month.atDay(1).minusDays(1), workingDay);
            if (!run.isBefore(day)) {
                return run;
            }
            month = month.plusMonths(1);
        }
    }
}
