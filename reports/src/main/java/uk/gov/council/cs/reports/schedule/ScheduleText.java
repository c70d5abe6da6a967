package uk.gov.council.cs.reports.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored text of a delivery schedule: a rule, "@", and a 24-hour time. Administrators may type
 * it on a form, so surrounding spaces and letter case are forgiven, and each refusal says what was
 * expected with an example.
 */
final class ScheduleText {

    static final String EXAMPLES = "quarter-end+10wd@07:00 (the 10th working day after each financial quarter ends),"
            + " yearly 06-01@07:00 (1 June each year), weekly MONDAY@07:00 (every Monday)"
            + " or monthly 1wd@09:00 (the 1st working day of each month); times are 24-hour UK time";

    private static final Pattern QUARTER_END = Pattern.compile("quarter-end\\+(\\d{1,4})wd", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARLY = Pattern.compile("yearly (\\d{2})-(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKLY = Pattern.compile("weekly ([a-z]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHLY = Pattern.compile("monthly (\\d{1,4})wd", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})");

    private ScheduleText() {
    }

    static DeliverySchedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No delivery schedule was given. Write one of: " + EXAMPLES + ".");
        }
        String trimmed = text.trim();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("\"" + trimmed + "\" has no time. Write the rule, @ and a 24-hour time,"
                    + " one of: " + EXAMPLES + ".");
        }
        if (trimmed.indexOf('@') != at) {
            throw new IllegalArgumentException("\"" + trimmed + "\" has more than one time. Write one schedule: the rule, @ and"
                    + " a 24-hour time, one of: " + EXAMPLES + ".");
        }
        String rule = trimmed.substring(0, at).trim();
        LocalTime time = time(trimmed.substring(at + 1).trim());
        String keyword = rule.split(" |\\+", 2)[0].toLowerCase(Locale.ROOT);
        return switch (keyword) {
            case "quarter-end" -> new QuarterEndSchedule(number(QUARTER_END, rule,
                    "quarter-end+Nwd@HH:MM, as in quarter-end+10wd@07:00 for the 10th working day after each quarter ends"), time);
            case "monthly" -> new MonthlyWorkingDaySchedule(number(MONTHLY, rule,
                    "monthly Nwd@HH:MM, as in monthly 1wd@09:00 for the 1st working day of each month"), time);
            case "yearly" -> new YearlySchedule(monthDay(rule), time);
            case "weekly" -> new WeeklySchedule(weekday(rule), time);
            default -> throw new IllegalArgumentException("\"" + trimmed + "\" is not a delivery schedule. Write one of: "
                    + EXAMPLES + ".");
        };
    }

    /** "07:00". */
    static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st". */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }

    private static LocalTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time; write a 24-hour UK time from 00:00 to 23:59"
                    + " after the @, as in @07:00 or @16:30.");
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static int number(Pattern pattern, String rule, String expected) {
        Matcher m = pattern.matcher(rule);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + rule + "\" is not understood; write " + expected + ".");
        }
        return Integer.parseInt(m.group(1));
    }

    private static MonthDay monthDay(String rule) {
        Matcher m = YEARLY.matcher(rule);
        String expected = "write yearly MM-DD@HH:MM, month then day, as in yearly 06-01@07:00 for 1 June";
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + rule + "\" is not understood; " + expected + ".");
        }
        try {
            return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(m.group(1) + "-" + m.group(2) + " is not a day of the year; " + expected + ".");
        }
    }

    private static DayOfWeek weekday(String rule) {
        Matcher m = WEEKLY.matcher(rule);
        String expected = "write weekly DAY@HH:MM with the day in full, as in weekly MONDAY@07:00";
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + rule + "\" is not understood; " + expected + ".");
        }
        try {
            return DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(m.group(1) + " is not a day of the week; " + expected
                    + " (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY).");
        }
    }
}
