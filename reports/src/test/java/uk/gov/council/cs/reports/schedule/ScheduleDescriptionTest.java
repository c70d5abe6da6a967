package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each schedule in words, as staff see it on the screen. */
class ScheduleDescriptionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "quarter-end+10wd@07:00 | the 10th working day after each financial quarter ends, at 07:00",
        "quarter-end+1wd@07:00  | the 1st working day after each financial quarter ends, at 07:00",
        "quarter-end+2wd@07:00  | the 2nd working day after each financial quarter ends, at 07:00",
        "quarter-end+3wd@07:00  | the 3rd working day after each financial quarter ends, at 07:00",
        "quarter-end+11wd@07:00 | the 11th working day after each financial quarter ends, at 07:00",
        "quarter-end+12wd@07:00 | the 12th working day after each financial quarter ends, at 07:00",
        "quarter-end+13wd@07:00 | the 13th working day after each financial quarter ends, at 07:00",
        "quarter-end+21wd@07:00 | the 21st working day after each financial quarter ends, at 07:00",
        "quarter-end+22wd@07:00 | the 22nd working day after each financial quarter ends, at 07:00",
        "quarter-end+23wd@07:00 | the 23rd working day after each financial quarter ends, at 07:00",
        "yearly 06-01@07:00     | 1 June each year at 07:00",
        "yearly 12-31@23:30     | 31 December each year at 23:30",
        "yearly 02-29@07:00     | 29 February each year at 07:00 (28 February, the last day of the month, in years that are not leap years)",
        "weekly MONDAY@07:00    | every Monday at 07:00",
        "weekly SUNDAY@00:05    | every Sunday at 00:05",
        "monthly 1wd@09:00      | the 1st working day of each month at 09:00",
        "monthly 15wd@16:45     | the 15th working day of each month at 16:45"
    })
    void description(String text, String words) {
        assertEquals(words, DeliverySchedule.parse(text).description());
    }
}
