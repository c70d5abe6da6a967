package uk.gov.council.cs.reports.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/**
 * One day each year at a local time, working day or not (an annual report has a fixed date). 29
 * February runs on 28 February, the last day of the month, in the years without one.
 */
public record YearlySchedule(MonthDay day, LocalTime time) implements DeliverySchedule {

    private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);

    public YearlySchedule {
        if (day == null) {
            throw new IllegalArgumentException("Give the day of the year as month-day, as in yearly 06-01@07:00 for 1 June.");
        }
        time = RunMoments.checked(time);
    }

    @Override
    public Kind kind() {
        return Kind.YEARLY;
    }

    @Override
    public String text() {
        return String.format("yearly %02d-%02d@%s", day.getMonthValue(), day.getDayOfMonth(), ScheduleText.hhmm(time));
    }

    @Override
    public String description() {
        String said = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " each year at "
                + ScheduleText.hhmm(time);
        return day.equals(LEAP_DAY) ? said + " (28 February, the last day of the month, in years that are not leap years)" : said;
    }

    @Override
    public LocalDate nextRunDay(LocalDate from, WorkingDayCalendar calendar) {
        // MonthDay.atYear gives 28 February for 29 February in a year without one.
        LocalDate run = day.atYear(from.getYear());
        return run.isBefore(from) ? day.atYear(from.getYear() + 1) : run;
    }
}
