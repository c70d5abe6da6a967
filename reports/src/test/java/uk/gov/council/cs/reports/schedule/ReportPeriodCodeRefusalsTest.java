package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anything but a year's or a quarter's code is refused, saying what is expected with an example. */
class ReportPeriodCodeRefusalsTest {

    private static final String EXPECTED = "expected a financial year such as 2026-27 or a financial quarter such as 2026-27-Q2.";

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "2026", "2026/27", "2026-2027", "2026-27-Q5", "2026-27-Q0", "2026-27-q2", "2026-27Q2",
        "Q2 2026-27", "2026-27-Q2 ", " 2026-27", "26-27", "2026-27-Q", "2026-27-H1", "0999-00", "last-full-quarter",
        "2026-04-01..2026-06-30", "２０２６-27"})
    void refused(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(code));
        assertEquals("\"" + code + "\" is not a report period; " + EXPECTED, e.getMessage());
    }

    @Test
    void nothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(null));
        assertEquals("No report period was given; " + EXPECTED, e.getMessage());
    }

    @Test
    void yearsThatDoNotFollowOnSayWhatTheYearIsCalled() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-28"));
        assertEquals("\"2026-28\" is not a financial year: the one starting in April 2026 is written 2026-27"
                + " (its second quarter 2026-27-Q2).", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-26-Q1"), "2026-26-Q1");
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("1999-100"), "1999-100");
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("1999-99"), "the year after 1999 is 00");
    }
}
