package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a subscription's period is on each run day; a period is full only once its last day is over. */
class RelativePeriodResolveTest {

    @ParameterizedTest(name = "run on {0}: {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "2026-07-10 | 2026-27-Q1 | in the middle of Q2",
        "2026-07-01 | 2026-27-Q1 | first day of Q2: Q1 has just ended",
        "2026-06-30 | 2025-26-Q4 | last day of Q1: Q1 is not yet full",
        "2026-04-01 | 2025-26-Q4 | 1 April: the year's last quarter has just ended",
        "2026-03-31 | 2025-26-Q3 | 31 March: Q4 is not yet full",
        "2026-01-01 | 2025-26-Q3 | 1 January: October to December has just ended",
        "2025-12-31 | 2025-26-Q2 | 31 December: Q3 is not yet full",
        "2026-10-01 | 2026-27-Q2 | first day of Q3",
        "2026-09-30 | 2026-27-Q1 | last day of Q2",
        "2027-04-01 | 2026-27-Q4 | 1 April 2027"
    })
    void lastFullQuarter(LocalDate runDay, String expected, String why) {
        assertEquals(expected, RelativePeriod.LAST_FULL_QUARTER.resolve(runDay).code(), why);
    }

    @ParameterizedTest(name = "run on {0}: {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "2027-04-01 | 2026-27 | 1 April: 2026-27 has just ended",
        "2027-03-31 | 2025-26 | 31 March: 2026-27 is not yet full",
        "2027-01-01 | 2025-26 | 1 January is in the middle of a financial year",
        "2026-12-31 | 2025-26 | 31 December too",
        "2026-07-10 | 2025-26 | in the middle of a year",
        "2026-07-01 | 2025-26 | first day of a quarter",
        "2026-06-30 | 2025-26 | last day of a quarter",
        "2026-04-01 | 2025-26 | 1 April 2026"
    })
    void lastFullYear(LocalDate runDay, String expected, String why) {
        assertEquals(expected, RelativePeriod.LAST_FULL_YEAR.resolve(runDay).code(), why);
    }

    @ParameterizedTest(name = "run on {0}")
    @CsvSource({"2026-03-31", "2026-04-01", "2027-01-01", "2030-06-30"})
    void aFixedPeriodIsTheSameOnEveryRunDay(LocalDate runDay) {
        ReportPeriod q2 = ReportPeriod.parse("2026-27-Q2");
        assertEquals(q2, RelativePeriod.fixed(q2).resolve(runDay));
    }

    @Test
    void needsARunDay() {
        assertThrows(NullPointerException.class, () -> RelativePeriod.LAST_FULL_QUARTER.resolve(null));
    }
}
