package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that is not a schedule is refused with a message an administrator can act on: what was expected, with examples. */
class ScheduleTextRefusalsTest {

    private static final String EXAMPLES = "quarter-end+10wd@07:00 (the 10th working day after each financial quarter ends),"
            + " yearly 06-01@07:00 (1 June each year), weekly MONDAY@07:00 (every Monday)"
            + " or monthly 1wd@09:00 (the 1st working day of each month); times are 24-hour UK time.";

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse(text), text).getMessage();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"daily@07:00", "fortnightly MONDAY@07:00", "quarterly+10wd@07:00", "@07:00", "MONDAY@07:00"})
    void unknownRules(String text) {
        assertEquals("\"" + text + "\" is not a delivery schedule. Write one of: " + EXAMPLES, refusal(text));
    }

    @Test
    void nothing() {
        assertEquals("No delivery schedule was given. Write one of: " + EXAMPLES, refusal(null));
        assertEquals("No delivery schedule was given. Write one of: " + EXAMPLES, refusal("   "));
    }

    @Test
    void noTime() {
        assertEquals("\"weekly MONDAY\" has no time. Write the rule, @ and a 24-hour time, one of: " + EXAMPLES, refusal("weekly MONDAY"));
    }

    @Test
    void twoTimesOrTwoSchedulesRunTogether() {
        assertEquals("\"weekly MONDAY@07:00@08:00\" has more than one time. Write one schedule: the rule, @ and a 24-hour time,"
                + " one of: " + EXAMPLES, refusal("weekly MONDAY@07:00@08:00"));
        assertEquals("\"quarter-end+10wd@07:00yearly 06-01@07:00\" has more than one time. Write one schedule: the rule, @ and a"
                + " 24-hour time, one of: " + EXAMPLES, refusal("quarter-end+10wd@07:00yearly 06-01@07:00"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "weekly MONDAY@7:00     | 7:00",
        "weekly MONDAY@24:00    | 24:00",
        "weekly MONDAY@07:60    | 07:60",
        "weekly MONDAY@07:00:00 | 07:00:00",
        "weekly MONDAY@7am      | 7am",
        "weekly MONDAY@         | ''",
        "yearly 01-06@07:00x    | 07:00x"
    })
    void timesThatAreNotTwentyFourHourHoursAndMinutes(String text, String time) {
        assertEquals("\"" + time + "\" is not a time; write a 24-hour UK time from 00:00 to 23:59 after the @, as in @07:00 or @16:30.",
                refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"quarter-end+wd@07:00", "quarter-end+10@07:00", "quarter-end 10wd@07:00", "quarter-end+-1wd@07:00",
        "quarter-end+10 wd@07:00", "quarter-end+99999wd@07:00"})
    void quarterEndRulesNotUnderstood(String text) {
        String rule = text.substring(0, text.lastIndexOf('@'));
        assertEquals("\"" + rule + "\" is not understood; write quarter-end+Nwd@HH:MM, as in quarter-end+10wd@07:00"
                + " for the 10th working day after each quarter ends.", refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"quarter-end+0wd@07:00, 0", "quarter-end+61wd@07:00, 61", "quarter-end+9999wd@07:00, 9999"})
    void quarterEndWorkingDaysOutOfRange(String text, int n) {
        assertEquals("The working day after a quarter ends is counted from 1 to 60, as in quarter-end+10wd@07:00; " + n + " was given.",
                refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"monthly wd@09:00", "monthly 1@09:00", "monthly first@09:00", "monthly 1 wd@09:00", "monthly+1wd@09:00"})
    void monthlyRulesNotUnderstood(String text) {
        String rule = text.substring(0, text.lastIndexOf('@'));
        assertEquals("\"" + rule + "\" is not understood; write monthly Nwd@HH:MM, as in monthly 1wd@09:00"
                + " for the 1st working day of each month.", refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"monthly 0wd@09:00, 0", "monthly 16wd@09:00, 16", "monthly 31wd@09:00, 31"})
    void monthlyWorkingDaysOutOfRange(String text, int n) {
        assertEquals("The working day of the month is counted from 1 to 15, as in monthly 1wd@09:00; " + n + " was given.", refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"yearly 6-1@07:00", "yearly 06/01@07:00", "yearly 1 June@07:00", "yearly --06-01@07:00", "yearly@07:00"})
    void yearlyRulesNotUnderstood(String text) {
        String rule = text.substring(0, text.lastIndexOf('@'));
        assertEquals("\"" + rule + "\" is not understood; write yearly MM-DD@HH:MM, month then day,"
                + " as in yearly 06-01@07:00 for 1 June.", refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"yearly 02-30@07:00, 02-30", "yearly 13-01@07:00, 13-01", "yearly 00-10@07:00, 00-10", "yearly 04-31@07:00, 04-31"})
    void daysThatAreNotInTheYear(String text, String day) {
        assertEquals(day + " is not a day of the year; write yearly MM-DD@HH:MM, month then day,"
                + " as in yearly 06-01@07:00 for 1 June.", refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"weekly Mon@07:00", "weekly FUNDAY@07:00", "weekly Lundi@07:00"})
    void weekdaysNotInFull(String text) {
        String day = text.substring("weekly ".length(), text.lastIndexOf('@'));
        assertEquals(day + " is not a day of the week; write weekly DAY@HH:MM with the day in full, as in weekly MONDAY@07:00"
                + " (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY).", refusal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"weekly 1@07:00", "weekly MONDAY TUESDAY@07:00", "weekly@07:00", "weekly  MONDAY@07:00"})
    void weeklyRulesNotUnderstood(String text) {
        String rule = text.substring(0, text.lastIndexOf('@'));
        assertEquals("\"" + rule + "\" is not understood; write weekly DAY@HH:MM with the day in full, as in weekly MONDAY@07:00.",
                refusal(text));
    }
}
