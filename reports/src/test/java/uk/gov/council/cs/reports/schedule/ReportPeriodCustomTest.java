package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A custom period: any run of days, labelled by its dates, with no code. */
class ReportPeriodCustomTest {

    private final ReportPeriod spring = ReportPeriod.custom(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 15));

    @Test
    void isLabelledByItsFirstAndLastDays() {
        assertEquals("1 April 2026 to 15 May 2026", spring.label());
        assertEquals(ReportPeriod.Kind.CUSTOM, spring.kind());
    }

    @Test
    void aSingleDayIsLabelledOnce() {
        assertEquals("29 February 2028", ReportPeriod.custom(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29)).label());
    }

    @Test
    void containsItsOwnDaysOnly() {
        assertEquals(true, spring.contains(LocalDate.of(2026, 5, 15)), "last day");
        assertEquals(false, spring.contains(LocalDate.of(2026, 5, 16)), "day after");
        assertEquals(false, spring.contains(LocalDate.of(2026, 3, 31)), "day before");
    }

    @Test
    void hasNoCode() {
        IllegalStateException e = assertThrows(IllegalStateException.class, spring::code);
        assertEquals("The custom period 1 April 2026 to 15 May 2026 has no code;"
                + " only financial years (2026-27) and quarters (2026-27-Q2) have one.", e.getMessage());
        assertEquals("custom 2026-04-01..2026-05-15", spring.toString());
    }

    @Test
    void cannotEndBeforeItStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.custom(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 4, 1)));
        assertEquals("A report period cannot end (2026-04-01) before it starts (2026-05-15).", e.getMessage());
    }

    @Test
    void needsBothDays() {
        assertThrows(NullPointerException.class, () -> ReportPeriod.custom(null, LocalDate.of(2026, 4, 1)));
        assertThrows(NullPointerException.class, () -> ReportPeriod.custom(LocalDate.of(2026, 4, 1), null));
    }
}
