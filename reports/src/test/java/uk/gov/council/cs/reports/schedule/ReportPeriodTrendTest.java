package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** trend(n): this period and the n before it, oldest first. */
class ReportPeriodTrendTest {

    private static List<String> codes(List<ReportPeriod> periods) {
        return periods.stream().map(ReportPeriod::code).toList();
    }

    @Test
    void theQuarterlyReportShowsAQuarterWithTheFourBeforeIt() {
        assertEquals(List.of("2025-26-Q2", "2025-26-Q3", "2025-26-Q4", "2026-27-Q1", "2026-27-Q2"),
                codes(ReportPeriod.parse("2026-27-Q2").trend(4)));
    }

    @Test
    void aTrendCrossesFinancialYearsFromTheFirstQuarter() {
        assertEquals(List.of("2025-26-Q1", "2025-26-Q2", "2025-26-Q3", "2025-26-Q4", "2026-27-Q1"),
                codes(ReportPeriod.parse("2026-27-Q1").trend(4)));
    }

    @Test
    void yearsTrendByYears() {
        assertEquals(List.of("2023-24", "2024-25", "2025-26", "2026-27"), codes(ReportPeriod.parse("2026-27").trend(3)));
    }

    @Test
    void noneBeforeIsThePeriodAlone() {
        assertEquals(List.of("2026-27-Q3"), codes(ReportPeriod.parse("2026-27-Q3").trend(0)));
    }

    @Test
    void customPeriodsTrendByTheirLength() {
        ReportPeriod week = ReportPeriod.custom(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11));
        assertEquals(List.of(ReportPeriod.custom(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)), week), week.trend(1));
    }

    @Test
    void aNegativeTrendIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-27").trend(-1));
        assertEquals("A trend counts back 0 or more periods; -1 was given.", e.getMessage());
    }

    @Test
    void theTrendCannotBeChanged() {
        List<ReportPeriod> trend = ReportPeriod.parse("2026-27").trend(1);
        assertThrows(UnsupportedOperationException.class, () -> trend.add(ReportPeriod.parse("2020-21")));
    }
}
