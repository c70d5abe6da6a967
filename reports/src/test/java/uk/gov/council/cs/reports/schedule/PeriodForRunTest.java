package uk.gov.council.cs.reports.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run reports on its subscription's period as resolved on the run's local (London) date. */
class PeriodForRunTest {

    @Test
    void eachQuarterlyRunReportsOnTheQuarterJustEnded() {
        DeliverySchedule s = DeliverySchedule.parse("quarter-end+10wd@07:00");
        List<String> periods = s.nextRuns(Instant.parse("2026-01-01T00:00:00Z"), 5, Calendars.ENGLAND).stream()
                .map(run -> s.periodFor(run, RelativePeriod.LAST_FULL_QUARTER).code()).toList();
        assertEquals(List.of("2025-26-Q3", "2025-26-Q4", "2026-27-Q1", "2026-27-Q2", "2026-27-Q3"), periods);
    }

    @Test
    void theLocalDateDecidesNotTheUtcDate() {
        // 00:30 BST on 1 April 2027 is 23:30Z on 31 March: by London's date 2026-27 is over.
        DeliverySchedule s = DeliverySchedule.parse("yearly 04-01@00:30");
        Instant run = Instant.parse("2027-03-31T23:30:00Z");
        assertEquals(List.of(run), s.nextRuns(Instant.parse("2027-03-01T00:00:00Z"), 1, Calendars.ENGLAND));
        assertEquals(ReportPeriod.parse("2026-27"), s.periodFor(run, RelativePeriod.LAST_FULL_YEAR));
        assertEquals(ReportPeriod.parse("2026-27-Q4"), s.periodFor(run, RelativePeriod.LAST_FULL_QUARTER));
    }

    @Test
    void aFixedPeriodIsReportedOnEveryRun() {
        DeliverySchedule s = DeliverySchedule.parse("monthly 1wd@09:00");
        RelativePeriod fixed = RelativePeriod.parse("2025-26");
        s.nextRuns(Instant.parse("2026-01-01T00:00:00Z"), 5, Calendars.ENGLAND)
                .forEach(run -> assertEquals(ReportPeriod.parse("2025-26"), s.periodFor(run, fixed), () -> "run at " + run));
    }
}
