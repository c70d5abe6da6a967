package uk.gov.council.cs.signin;

import java.time.Instant;
import java.util.List;

/** What administrators see of sign-ins: locks in force, accounts being tried, the latest failures, and the limits. */
public record SignInOverview(List<Lock> locks, List<Attacked> recentlyTried, List<Attempt> latestFailures,
                             SignInLimits limits) {

    /** A lock; {@code sourceAddress} null means from every address. */
    public record Lock(long id, String username, String sourceAddress, Instant lockedAt, Instant lockedUntil, int failures,
                       Instant liftedAt, String liftedBy) {
        static Lock of(SignInLock l) {
            return new Lock(l.getId(), l.getUsername(), l.getSourceAddress(), l.getLockedAt(), l.getLockedUntil(),
                    l.getFailures(), l.getLiftedAt(), l.getLiftedBy());
        }
    }

    /** An account that failed to sign in recently: how often, from how many addresses, and when last. */
    public record Attacked(String username, long failures, long addresses, Instant lastAttempt) {
    }

    /** One kept attempt. */
    public record Attempt(String username, String sourceAddress, Instant attemptedAt, SignInAttempt.Mechanism mechanism,
                          SignInAttempt.Outcome outcome) {
        static Attempt of(SignInAttempt a) {
            return new Attempt(a.getUsername(), a.getSourceAddress(), a.getAttemptedAt(), a.getMechanism(), a.getOutcome());
        }
    }
}
