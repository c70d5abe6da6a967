package uk.gov.council.cs.servicerequests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.workingdays.BankHolidayFile;
import uk.gov.council.cs.workingdays.Nation;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

class ServiceStandardsTest {

    private static final long BINS = 7;
    private static final StandardDetails DEFAULT_ACK = StandardDetails.inWorkingDays(null, null, Step.ACKNOWLEDGE, 2, "council-wide");
    private static final StandardDetails LETTERS = StandardDetails.inWorkingDays(null, Channel.POST, Step.ACKNOWLEDGE, 10, "letters");
    private static final StandardDetails BINS_ACK = StandardDetails.inWorkingDays(BINS, null, Step.ACKNOWLEDGE, 1, "bins");
    private static final StandardDetails BINS_BY_POST = StandardDetails.inWorkingDays(BINS, Channel.POST, Step.ACKNOWLEDGE, 5, "bins by post");
    private static final StandardDetails DEFAULT_CLOSE = StandardDetails.inWorkingDays(null, null, Step.CLOSE, 15, "close");
    private static final List<StandardDetails> PUBLISHED = List.of(DEFAULT_ACK, LETTERS, BINS_ACK, BINS_BY_POST, DEFAULT_CLOSE);
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.forNation(Nation.ENGLAND_AND_WALES,
            BankHolidayFile.shipped(), Set.of());

    @Test
    void theMostSpecificStandardApplies() {
        assertEquals(BINS_BY_POST, ServiceStandards.applying(PUBLISHED, BINS, Channel.POST).get(Step.ACKNOWLEDGE));
        assertEquals(BINS_ACK, ServiceStandards.applying(PUBLISHED, BINS, Channel.TELEPHONE).get(Step.ACKNOWLEDGE));
        assertEquals(LETTERS, ServiceStandards.applying(PUBLISHED, 8, Channel.POST).get(Step.ACKNOWLEDGE));
        assertEquals(DEFAULT_ACK, ServiceStandards.applying(PUBLISHED, 8, Channel.EMAIL).get(Step.ACKNOWLEDGE));
    }

    @Test
    void aStepWithoutAnyStandardHasNoTarget() {
        Map<Step, StandardDetails> chosen = ServiceStandards.applying(PUBLISHED, 8, Channel.EMAIL);
        assertFalse(chosen.containsKey(Step.FULFIL));
        assertEquals(DEFAULT_CLOSE, chosen.get(Step.CLOSE));
    }

    @ParameterizedTest(name = "received {0}, {1} working days: due {2}")
    @CsvSource({
        "2026-11-23T10:00:00Z, 2, 2026-11-25",   // Monday to Wednesday
        "2026-11-27T16:00:00Z, 2, 2026-12-01",   // Friday over the weekend
        "2026-12-23T09:00:00Z, 2, 2026-12-29",   // over Christmas and Boxing Day
        "2026-12-31T23:30:00Z, 1, 2027-01-04",   // New Year's Day, then the weekend
        "2026-06-30T23:30:00Z, 0, 2026-07-01",   // after 23:00 UTC in summer is the next day in London
        "2026-11-23T10:00:00Z, 10, 2026-12-07"})
    void theDueDateCountsWorkingDaysFromTheDayOfReceiptInLondon(Instant received, int days, LocalDate due) {
        assertEquals(due, ServiceStandards.dueBy(StandardDetails.inWorkingDays(null, null, Step.FULFIL, days, "x"), received, ENGLAND)
                .orElseThrow());
    }

    @ParameterizedTest(name = "due {0}, done {1}, today {2}: {3}")
    @CsvSource({
        "2026-11-25, , 2026-11-25, DUE",
        "2026-11-25, , 2026-11-26, OVERDUE",
        "2026-11-25, 2026-11-25T16:59:00Z, 2026-12-01, MET",
        "2026-11-25, 2026-11-26T00:01:00Z, 2026-12-01, MISSED",
        ", 2026-11-26T00:01:00Z, 2026-12-01, NO_TARGET"})
    void aStepStandsAgainstItsDate(LocalDate due, Instant done, LocalDate today, ServiceStandards.Standing expected) {
        assertEquals(expected, ServiceStandards.standing(due, done, today));
    }

    @Test
    void aStandardIsCheckedBeforeItIsPublished() {
        assertEquals(List.of("Choose the step the target is for: acknowledge, fulfil, close or answer.",
                        "The target must be from 0 to 260 working days.",
                        "Describe the standard as it is published, for example \"Letters answered within 10 working days\"."),
                StandardDetails.inWorkingDays(null, null, null, -1, " ").problems());
    }

    @Test
    void aServiceRequestNeedsServiceChannelAndDescription() {
        assertEquals(List.of("Choose the service the request is for.", "Choose the channel the request came in by.",
                "Describe what the resident asked for."), new ServiceRequestDetails(null, null, "").problems());
    }
}
