package uk.gov.council.cs.reports.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A subscription is refused with every mistake at once, each named by its field. */
class SubscriptionDetailsTest {

    @Test
    void aWellFormedSubscriptionHasNoProblems() {
        assertEquals(List.of(), new SubscriptionDetails("quarterly-performance", "last-full-quarter", "quarter-end+10wd@07:00",
                List.of("pdf", "xlsx"), List.of("role:senior-manager")).problems(Set.of()));
        assertEquals(List.of(), new SubscriptionDetails("equality", "2025-26", "yearly 06-01@07:00", List.of("csv"),
                List.of("staff:equality-officer")).problems(Set.of()));
    }

    @Test
    void everyMistakeIsNamedByItsField() {
        List<String> problems = new SubscriptionDetails("budget", "next week", "daily", List.of(), List.of()).problems(Set.of());
        assertEquals(5, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("report: There is no report \"budget\""), problems::toString);
        assertTrue(problems.get(1).startsWith("period: "), problems::toString);
        assertTrue(problems.get(2).startsWith("schedule: "), problems::toString);
        assertEquals("formats: choose at least one of pdf, csv, xlsx.", problems.get(3));
        assertTrue(problems.get(4).startsWith("recipients: name at least one"), problems::toString);
    }

    @Test
    void aQuarterlyPeriodForAYearlyReportIsRefusedAndTheOtherWayRound() {
        assertEquals(List.of("period: the equality report is for a financial year: last-full-year or a year such as 2025-26."),
                new SubscriptionDetails("equality", "last-full-quarter", "yearly 06-01@07:00", List.of("pdf"),
                        List.of("role:senior-manager")).problems(Set.of()));
        assertEquals(1, new SubscriptionDetails("quarterly-performance", "2025-26", "weekly MONDAY@07:00", List.of("pdf"),
                List.of("role:senior-manager")).problems(Set.of()).size());
    }

    @Test
    void anUnknownFormatAndARecipientNotAllowedAreEachSaid() {
        List<String> problems = new SubscriptionDetails("quarterly-performance", "last-full-quarter", "weekly MONDAY@07:00",
                List.of("pdf", "doc"), List.of("role:senior-manager", "x@gmail.com")).problems(Set.of());
        assertEquals(List.of("formats: \"doc\" is not a format of the reports; write one of pdf, csv, xlsx.",
                "recipients: Reports may not be sent to gmail.com; no address outside the council is allowed"
                        + " (council.reports.external-domains)."), problems);
    }
}
