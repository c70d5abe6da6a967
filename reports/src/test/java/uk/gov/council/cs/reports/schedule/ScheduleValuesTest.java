package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Schedules made in code are checked as parsed ones are, with the same messages. */
class ScheduleValuesTest {

    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    private static String refusal(org.junit.jupiter.api.function.Executable make) {
        return assertThrows(IllegalArgumentException.class, make).getMessage();
    }

    @Test
    void workingDaysInRange() {
        assertEquals("The working day after a quarter ends is counted from 1 to 60, as in quarter-end+10wd@07:00; 0 was given.",
                refusal(() -> new QuarterEndSchedule(0, SEVEN)));
        assertEquals("The working day of the month is counted from 1 to 15, as in monthly 1wd@09:00; -1 was given.",
                refusal(() -> new MonthlyWorkingDaySchedule(-1, SEVEN)));
    }

    @Test
    void aTimeIsNeeded() {
        String expected = "Give a delivery time in 24-hour UK time, as in @07:00.";
        assertEquals(expected, refusal(() -> new QuarterEndSchedule(10, null)));
        assertEquals(expected, refusal(() -> new YearlySchedule(MonthDay.of(6, 1), null)));
        assertEquals(expected, refusal(() -> new WeeklySchedule(DayOfWeek.MONDAY, null)));
        assertEquals(expected, refusal(() -> new MonthlyWorkingDaySchedule(1, null)));
    }

    @Test
    void aTimeIsToTheMinute() {
        assertEquals("A delivery time is to the minute, as in @07:00; 07:00:30 was given.",
                refusal(() -> new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(7, 0, 30))));
        assertThrows(IllegalArgumentException.class, () -> new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(7, 0, 0, 1)), "a nanosecond");
    }

    @Test
    void theDayIsNeeded() {
        assertEquals("Give the day of the year as month-day, as in yearly 06-01@07:00 for 1 June.",
                refusal(() -> new YearlySchedule(null, SEVEN)));
        assertEquals("Give the day of the week, as in weekly MONDAY@07:00.", refusal(() -> new WeeklySchedule(null, SEVEN)));
    }

    @Test
    void equalValuesAreEqualSchedules() {
        assertEquals(new QuarterEndSchedule(10, SEVEN), new QuarterEndSchedule(10, LocalTime.parse("07:00")));
        assertEquals(new QuarterEndSchedule(10, SEVEN).hashCode(), new QuarterEndSchedule(10, LocalTime.parse("07:00")).hashCode());
    }
}
