package uk.gov.council.cs.reports.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a send that failed is tried again: after each wait in turn (5, 20 and 80 minutes by default,
 * {@code council.reports.retry-minutes}), then never; the last failure is put to the administrators.
 */
public record RetryPolicy(List<Duration> waits) {

    public RetryPolicy {
        waits = List.copyOf(waits);
    }

    /** "5,20,80": minutes between attempts; refused with words if not whole minutes of 0 or more. */
    public static RetryPolicy parse(String minutes) {
        List<Duration> waits = new ArrayList<>();
        for (String m : minutes.split(",")) {
            try {
                long value = Long.parseLong(m.strip());
                if (value < 0) {
                    throw new NumberFormatException();
                }
                waits.add(Duration.ofMinutes(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Retry waits are whole minutes of 0 or more, separated by commas, as in 5,20,80; \""
                        + minutes + "\" is not.");
            }
        }
        return new RetryPolicy(waits);
    }

    /** After {@code attempts} failed attempts (1 or more), when to try again; empty when it is time to give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        return attempts <= waits.size() ? Optional.of(failedAt.plus(waits.get(attempts - 1))) : Optional.empty();
    }
}
