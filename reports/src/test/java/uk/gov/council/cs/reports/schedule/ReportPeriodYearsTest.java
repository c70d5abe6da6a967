package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A financial year runs from 1 April to 31 March and is named by both calendar years. */
class ReportPeriodYearsTest {

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-27 | 2026 | 2026-04-01 | 2027-03-31 | 2026-27 (April 2026 to March 2027)",
        "2027-28 | 2027 | 2027-04-01 | 2028-03-31 | 2027-28 (April 2027 to March 2028)",
        "1999-00 | 1999 | 1999-04-01 | 2000-03-31 | 1999-00 (April 1999 to March 2000)",
        "2009-10 | 2009 | 2009-04-01 | 2010-03-31 | 2009-10 (April 2009 to March 2010)"
    })
    void year(String code, int startYear, LocalDate first, LocalDate last, String label) {
        ReportPeriod y = ReportPeriod.financialYear(startYear);
        assertAll(code,
                () -> assertEquals(first, y.first(), "first day"),
                () -> assertEquals(last, y.last(), "last day (included)"),
                () -> assertEquals(ReportPeriod.Kind.YEAR, y.kind(), "kind"),
                () -> assertEquals(label, y.label(), "label"),
                () -> assertEquals(code, y.code(), "code"));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-03-31, 2025-26", "2026-04-01, 2026-27", "2026-12-31, 2026-27",
        "2027-01-01, 2026-27", "2027-03-31, 2026-27", "2027-04-01, 2027-28", "2028-02-29, 2027-28"
    })
    void yearOf(LocalDate day, String code) {
        assertEquals(code, ReportPeriod.financialYearOf(day).code(), () -> "the financial year containing " + day);
    }
}
