package uk.gov.council.cs.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPeriodsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theDefaultScheduleKeepsSixYearsAndNinetyDaysForRejectedRecords() {
        RetentionPeriods p = RetentionPeriods.from(key -> null);
        assertEquals(RetentionPeriods.DEFAULT, p);
        assertEquals(LocalDate.of(2020, 11, 25), p.contactsBefore(TODAY));
        assertEquals(LocalDate.of(2020, 11, 25), p.serviceRequestsClosedBefore(TODAY));
        assertEquals(LocalDate.of(2020, 11, 25), p.residentsInactiveSince(TODAY));
        assertEquals(LocalDate.of(2026, 8, 27), p.rejectedRecordsResolvedBefore(TODAY));
        assertEquals(LocalDate.of(2024, 11, 25), p.equalityAnswersReplacedBefore(TODAY), "replaced equality answers: two years");
    }

    @Test
    void eachPeriodIsConfigurable() {
        RetentionPeriods p = RetentionPeriods.from(Map.of("council.retention.contact-years", "3",
                "council.retention.service-request-years", "7", "council.retention.inactive-resident-years", "10",
                "council.retention.rejected-record-days", "30", "council.retention.feedback-years", "8",
                "council.retention.replaced-equality-answer-years", "1")::get);
        assertEquals(LocalDate.of(2023, 11, 25), p.contactsBefore(TODAY));
        assertEquals(LocalDate.of(2019, 11, 25), p.serviceRequestsClosedBefore(TODAY));
        assertEquals(LocalDate.of(2016, 11, 25), p.residentsInactiveSince(TODAY));
        assertEquals(LocalDate.of(2026, 10, 26), p.rejectedRecordsResolvedBefore(TODAY));
        assertEquals(LocalDate.of(2018, 11, 25), p.feedbackReceivedBefore(TODAY));
        assertEquals(LocalDate.of(2025, 11, 25), p.equalityAnswersReplacedBefore(TODAY));
    }

    @Test
    void aLeapDayCutOffFallsOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2022, 2, 28), RetentionPeriods.DEFAULT.contactsBefore(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void badSettingsAreNamed() {
        assertEquals("Setting council.retention.contact-years must be a whole number, not \"six\".",
                assertThrows(IllegalArgumentException.class,
                        () -> RetentionPeriods.from(Map.of("council.retention.contact-years", "six")::get)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RetentionPeriods.from(Map.of("council.retention.rejected-record-days", "0")::get));
    }
}
