package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A year's or quarter's code reads back to an equal period and prints the same. */
class ReportPeriodCodeRoundTripTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-27", "2026-27-Q1", "2026-27-Q2", "2026-27-Q3", "2026-27-Q4", "1999-00", "1999-00-Q4", "2009-10-Q1"})
    void printsWhatItReads(String code) {
        ReportPeriod p = ReportPeriod.parse(code);
        assertEquals(code, p.code(), "code");
        assertEquals(code, p.toString(), "toString");
        assertEquals(p, ReportPeriod.parse(p.code()), "read back");
        assertEquals(p.hashCode(), ReportPeriod.parse(p.code()).hashCode(), "hash code of an equal period");
    }

    @Test
    void readsTheSamePeriodsTheFactoriesMake() {
        assertEquals(ReportPeriod.financialYear(2026), ReportPeriod.parse("2026-27"));
        assertEquals(ReportPeriod.quarter(2026, 2), ReportPeriod.parse("2026-27-Q2"));
    }

    @Test
    void aYearIsNotItsFirstQuarterNorACustomPeriodOfTheSameDays() {
        ReportPeriod year = ReportPeriod.parse("2026-27");
        assertNotEquals(ReportPeriod.parse("2026-27-Q1"), year);
        assertNotEquals(ReportPeriod.custom(year.first(), year.last()), year, "same days, different kind");
    }
}
