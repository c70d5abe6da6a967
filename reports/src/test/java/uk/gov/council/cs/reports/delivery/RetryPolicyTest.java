package uk.gov.council.cs.reports.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A refused copy is tried again after each wait in turn, then given up. */
class RetryPolicyTest {

    @Test
    void eachWaitInTurnThenNone() {
        RetryPolicy policy = RetryPolicy.parse("5, 20,80");
        Instant failed = Instant.parse("2026-12-03T10:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-12-03T10:05:00Z")), policy.nextAttempt(1, failed));
        assertEquals(Optional.of(Instant.parse("2026-12-03T10:20:00Z")), policy.nextAttempt(2, failed));
        assertEquals(Optional.of(Instant.parse("2026-12-03T11:20:00Z")), policy.nextAttempt(3, failed));
        assertEquals(Optional.empty(), policy.nextAttempt(4, failed));
    }

    @Test
    void waitsThatAreNotWholeMinutesAreRefused() {
        assertEquals("Retry waits are whole minutes of 0 or more, separated by commas, as in 5,20,80; \"5,soon\" is not.",
                assertThrows(IllegalArgumentException.class, () -> RetryPolicy.parse("5,soon")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.parse("-1"));
    }
}
