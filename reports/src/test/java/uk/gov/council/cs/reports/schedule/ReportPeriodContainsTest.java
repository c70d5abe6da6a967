package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A period contains its first and last days and every day between; no others. */
class ReportPeriodContainsTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "2026-27-Q2, 2026-06-30, false",
        "2026-27-Q2, 2026-07-01, true",
        "2026-27-Q2, 2026-08-15, true",
        "2026-27-Q2, 2026-09-30, true",
        "2026-27-Q2, 2026-10-01, false",
        "2026-27-Q4, 2026-12-31, false",
        "2026-27-Q4, 2027-01-01, true",
        "2026-27-Q4, 2027-03-31, true",
        "2026-27, 2026-03-31, false",
        "2026-27, 2026-04-01, true",
        "2026-27, 2027-03-31, true",
        "2026-27, 2027-04-01, false"
    })
    void contains(String code, LocalDate day, boolean contained) {
        assertEquals(contained, ReportPeriod.parse(code).contains(day), () -> code + " contains " + day);
    }
}
