package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A weekly run is on its weekday, bank holiday or not. */
class WeeklyRunDaysTest {

    @ParameterizedTest(name = "{0} from {1}: {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "MONDAY | 2026-03-30 | 2026-03-30 | the day itself",
        "MONDAY | 2026-03-31 | 2026-04-06 | Easter Monday: weekly runs ignore bank holidays",
        "FRIDAY | 2026-12-26 | 2027-01-01 | New Year's Day too",
        "SUNDAY | 2026-12-28 | 2027-01-03 | across the year end"
    })
    void runDay(DayOfWeek day, LocalDate from, LocalDate expected, String why) {
        assertEquals(expected, new WeeklySchedule(day, LocalTime.of(7, 0)).nextRunDay(from, Calendars.ENGLAND), why);
    }
}
