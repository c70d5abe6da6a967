package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** previous() steps back one period of the same kind, across financial and calendar year ends. */
class ReportPeriodPreviousTest {

    @ParameterizedTest(name = "before {0} comes {1}")
    @CsvSource({
        "2026-27-Q4, 2026-27-Q3",
        "2026-27-Q3, 2026-27-Q2",
        "2026-27-Q2, 2026-27-Q1",
        "2026-27-Q1, 2025-26-Q4",
        "2000-01-Q1, 1999-00-Q4",
        "2026-27, 2025-26",
        "2000-01, 1999-00"
    })
    void previous(String code, String previous) {
        assertEquals(ReportPeriod.parse(previous), ReportPeriod.parse(code).previous(), () -> "the period before " + code);
    }

    @Test
    void aCustomPeriodStepsBackByItsOwnLength() {
        ReportPeriod tenDays = ReportPeriod.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
        assertEquals(ReportPeriod.custom(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 28)), tenDays.previous(),
                "the ten days before 1 March 2026 (not a leap year)");
    }

    @Test
    void aOneDayCustomPeriodStepsBackOneDay() {
        ReportPeriod newYear = ReportPeriod.custom(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1));
        assertEquals(ReportPeriod.custom(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)), newYear.previous());
    }
}
