package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every financial quarter's days and label; Q4 is January to March of the next calendar year. */
class ReportPeriodQuartersTest {

    @ParameterizedTest(name = "{0}: {1} to {2}, \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "2026-27-Q1 | 2026 | 1 | 2026-04-01 | 2026-06-30 | Q1 2026-27 (April to June 2026)",
        "2026-27-Q2 | 2026 | 2 | 2026-07-01 | 2026-09-30 | Q2 2026-27 (July to September 2026)",
        "2026-27-Q3 | 2026 | 3 | 2026-10-01 | 2026-12-31 | Q3 2026-27 (October to December 2026)",
        "2026-27-Q4 | 2026 | 4 | 2027-01-01 | 2027-03-31 | Q4 2026-27 (January to March 2027)",
        "2027-28-Q4 | 2027 | 4 | 2028-01-01 | 2028-03-31 | Q4 2027-28 (January to March 2028)",
        "1999-00-Q4 | 1999 | 4 | 2000-01-01 | 2000-03-31 | Q4 1999-00 (January to March 2000)",
        "2099-00-Q3 | 2099 | 3 | 2099-10-01 | 2099-12-31 | Q3 2099-00 (October to December 2099)"
    })
    void quarter(String code, int startYear, int number, LocalDate first, LocalDate last, String label) {
        ReportPeriod q = ReportPeriod.quarter(startYear, number);
        assertAll(code,
                () -> assertEquals(first, q.first(), "first day"),
                () -> assertEquals(last, q.last(), "last day (included)"),
                () -> assertEquals(ReportPeriod.Kind.QUARTER, q.kind(), "kind"),
                () -> assertEquals(label, q.label(), "label"),
                () -> assertEquals(code, q.code(), "code"));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-04-01, 2026-27-Q1", "2026-05-15, 2026-27-Q1", "2026-06-30, 2026-27-Q1",
        "2026-07-01, 2026-27-Q2", "2026-08-31, 2026-27-Q2", "2026-09-30, 2026-27-Q2",
        "2026-10-01, 2026-27-Q3", "2026-11-30, 2026-27-Q3", "2026-12-31, 2026-27-Q3",
        "2027-01-01, 2026-27-Q4", "2027-02-28, 2026-27-Q4", "2027-03-31, 2026-27-Q4",
        "2028-02-29, 2027-28-Q4", "2027-04-01, 2027-28-Q1"
    })
    void quarterOfEveryMonth(LocalDate day, String code) {
        assertEquals(code, ReportPeriod.quarterOf(day).code(), () -> "the quarter containing " + day);
    }

    @Test
    void aQuarterIsNumberedOneToFour() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarter(2026, 5));
        assertEquals("A financial quarter is numbered 1 (April to June) to 4 (January to March); 5 was given.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarter(2026, 0), "quarter 0");
    }
}
