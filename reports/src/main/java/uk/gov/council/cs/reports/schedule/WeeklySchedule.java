package uk.gov.council.cs.reports.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

/** Every week on one weekday at a local time, bank holiday or not: a weekly report is about the week, not the office. */
public record WeeklySchedule(DayOfWeek day, LocalTime time) implements DeliverySchedule {

    public WeeklySchedule {
        if (day == null) {
            throw new IllegalArgumentException("Give the day of the week, as in weekly MONDAY@07:00.");
        }
        time = RunMoments.checked(time);
    }

    @Override
    public Kind kind() {
        return Kind.WEEKLY;
    }

    @Override
    public String text() {
        return "weekly " + day + "@" + ScheduleText.hhmm(time);
    }

    @Override
    public String description() {
        return "every " + day.getDisplayName(TextStyle.FULL, Locale.UK) + " at " + ScheduleText.hhmm(time);
    }

    @Override
    public LocalDate nextRunDay(LocalDate from, WorkingDayCalendar calendar) {
        return from.with(TemporalAdjusters.nextOrSame(day));
    }
}
