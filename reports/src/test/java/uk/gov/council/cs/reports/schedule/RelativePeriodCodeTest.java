package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A subscription's period is stored as a code and described in words. */
class RelativePeriodCodeTest {

    @Test
    void theRelativePeriodsReadBackAsThemselves() {
        assertSame(RelativePeriod.LAST_FULL_QUARTER, RelativePeriod.parse("last-full-quarter"));
        assertSame(RelativePeriod.LAST_FULL_YEAR, RelativePeriod.parse("last-full-year"));
        assertEquals("last-full-quarter", RelativePeriod.LAST_FULL_QUARTER.code());
        assertEquals("last-full-year", RelativePeriod.LAST_FULL_YEAR.code());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-27", "2026-27-Q2", "1999-00-Q4"})
    void aFixedPeriodIsStoredByItsCode(String code) {
        RelativePeriod fixed = RelativePeriod.parse(code);
        assertTrue(fixed.isFixed(), "fixed");
        assertEquals(code, fixed.code());
        assertEquals(RelativePeriod.fixed(ReportPeriod.parse(code)), fixed, "equal to the period made fixed");
        assertEquals(fixed.hashCode(), RelativePeriod.fixed(ReportPeriod.parse(code)).hashCode());
    }

    @Test
    void descriptions() {
        assertEquals("the last full financial quarter", RelativePeriod.LAST_FULL_QUARTER.description());
        assertEquals("the last financial year", RelativePeriod.LAST_FULL_YEAR.description());
        assertEquals("Q2 2026-27 (July to September 2026)", RelativePeriod.parse("2026-27-Q2").description());
        assertFalse(RelativePeriod.LAST_FULL_QUARTER.isFixed());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "LAST-FULL-QUARTER", "last full quarter", "last-quarter", "current-year-to-date", " last-full-year"})
    void otherWordsAreRefused(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelativePeriod.parse(code));
        assertEquals("\"" + code + "\" is not a report period; expected last-full-quarter, last-full-year,"
                + " a financial year such as 2026-27 or a financial quarter such as 2026-27-Q2.", e.getMessage());
    }

    @Test
    void nothingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelativePeriod.parse(null));
        assertEquals("No report period was given; expected last-full-quarter, last-full-year,"
                + " a financial year such as 2026-27 or a financial quarter such as 2026-27-Q2.", e.getMessage());
    }

    @Test
    void aMistypedPeriodGetsThePeriodsOwnRefusal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelativePeriod.parse("2026-28"));
        assertEquals("\"2026-28\" is not a financial year: the one starting in April 2026 is written 2026-27"
                + " (its second quarter 2026-27-Q2).", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RelativePeriod.parse("2026-27-Q5"));
    }

    @Test
    void aCustomPeriodCannotBeFixed() {
        ReportPeriod custom = ReportPeriod.custom(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelativePeriod.fixed(custom));
        assertEquals("A subscription can ask for a financial year or quarter, not the custom period 1 April 2026 to 30 April 2026.",
                e.getMessage());
    }
}
