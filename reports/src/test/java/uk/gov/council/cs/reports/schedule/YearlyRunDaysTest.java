package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A yearly run is on its day whether or not it is a working day; 29 February is 28 February in other years. */
class YearlyRunDaysTest {

    @ParameterizedTest(name = "{0} from {1}: {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "--06-01 | 2026-01-01 | 2026-06-01 | later this year",
        "--06-01 | 2026-06-01 | 2026-06-01 | the day itself",
        "--06-01 | 2026-06-02 | 2027-06-01 | passed this year",
        "--06-01 | 2030-01-01 | 2030-06-01 | a Saturday: yearly runs ignore working days",
        "--12-25 | 2026-12-01 | 2026-12-25 | Christmas Day too",
        "--12-31 | 2027-01-01 | 2027-12-31 | across the year end",
        "--01-01 | 2026-12-31 | 2027-01-01 | into the next year",
        "--02-29 | 2026-01-01 | 2026-02-28 | 2026 is not a leap year: its last day of February",
        "--02-29 | 2026-03-01 | 2027-02-28 | nor 2027",
        "--02-29 | 2027-03-01 | 2028-02-29 | 2028 is",
        "--02-29 | 2028-02-28 | 2028-02-29 | and not 28 February in a leap year",
        "--02-29 | 2028-03-01 | 2029-02-28 | then 2029 is not",
        "--02-28 | 2028-01-01 | 2028-02-28 | 28 February is 28 February even in a leap year"
    })
    void runDay(String day, LocalDate from, LocalDate expected, String why) {
        YearlySchedule yearly = new YearlySchedule(MonthDay.parse(day), LocalTime.of(7, 0));
        assertEquals(expected, yearly.nextRunDay(from, Calendars.ENGLAND), why);
    }
}
