package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A schedule's stored text reads back to an equal schedule, and prints the same. */
class ScheduleTextRoundTripTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quarter-end+10wd@07:00", "quarter-end+1wd@00:00", "quarter-end+60wd@23:59", "yearly 06-01@07:00",
        "yearly 02-29@07:00", "yearly 12-31@23:30", "weekly MONDAY@07:00", "weekly SUNDAY@01:30", "monthly 1wd@09:00",
        "monthly 15wd@16:45"})
    void printsWhatItReads(String text) {
        DeliverySchedule s = DeliverySchedule.parse(text);
        assertEquals(text, s.text());
        assertEquals(s, DeliverySchedule.parse(s.text()), "read back");
    }

    @Test
    void readsToTheRightKindAndValues() {
        assertEquals(new QuarterEndSchedule(10, LocalTime.of(7, 0)), DeliverySchedule.parse("quarter-end+10wd@07:00"));
        assertEquals(new YearlySchedule(MonthDay.of(6, 1), LocalTime.of(7, 0)), DeliverySchedule.parse("yearly 06-01@07:00"));
        assertEquals(new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(7, 0)), DeliverySchedule.parse("weekly MONDAY@07:00"));
        assertEquals(new MonthlyWorkingDaySchedule(1, LocalTime.of(9, 0)), DeliverySchedule.parse("monthly 1wd@09:00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quarter-end+10wd@07:00 | WORKING_DAY_AFTER_QUARTER_END",
        "yearly 06-01@07:00     | YEARLY",
        "weekly MONDAY@07:00    | WEEKLY",
        "monthly 1wd@09:00      | MONTHLY_WORKING_DAY"
    })
    void kinds(String text, DeliverySchedule.Kind kind) {
        assertEquals(kind, DeliverySchedule.parse(text).kind());
    }

    @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "'  weekly monday@07:00  ' | weekly MONDAY@07:00",
        "'Weekly Friday @ 16:30'   | weekly FRIDAY@16:30",
        "'QUARTER-END+10WD@07:00'  | quarter-end+10wd@07:00",
        "'Monthly 01wd@09:00'      | monthly 1wd@09:00",
        "'YEARLY 06-01@07:00'      | yearly 06-01@07:00"
    })
    void spacesAndLetterCaseTypedOnAFormAreForgiven(String typed, String stored) {
        assertEquals(stored, DeliverySchedule.parse(typed).text());
    }
}
