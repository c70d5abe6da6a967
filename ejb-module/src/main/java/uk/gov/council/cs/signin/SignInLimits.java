package uk.gov.council.cs.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How much password guessing the council tolerates before a temporary lock, and for how long.
 *
 * <p>The defaults follow the NCSC's password guidance: allow about ten attempts, so that staff who
 * mistype are not locked out, while an online guesser gets too few tries to matter; lock for a
 * while rather than for good, so that nobody can shut a colleague out for the day by guessing. The
 * lock is on the account <em>from the address guessing</em>: someone guessing from their desk locks
 * themselves out, not the member of staff at theirs. Guessing from many addresses at once (more than
 * {@code failuresFromEverywhere} within the window) locks the account from everywhere. Set in the
 * server's configuration (ear/src/main/wildfly/cli/security.cli).
 *
 * @param failuresFromOneAddress failed sign-ins from one address that lock the account from it (10)
 * @param failuresFromEverywhere failed sign-ins from all addresses that lock it everywhere (50)
 * @param window                 how far back failures count (60 minutes)
 * @param lockFor                how long a lock lasts unless an administrator lifts it (15 minutes)
 */
public record SignInLimits(int failuresFromOneAddress, int failuresFromEverywhere, Duration window, Duration lockFor) {

    public static final SignInLimits DEFAULT = new SignInLimits(10, 50, Duration.ofMinutes(60), Duration.ofMinutes(15));

    public SignInLimits {
        if (failuresFromOneAddress < 1 || failuresFromEverywhere < failuresFromOneAddress) {
            throw new IllegalArgumentException("Sign-in limits: from one address at least 1, from everywhere at least as many.");
        }
        if (window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("Sign-in limits: the window and the lock must be longer than nothing.");
        }
    }

    /** From the server's system properties, each defaulting as above. */
    public static SignInLimits fromSystemProperties() {
        return new SignInLimits(
                Integer.getInteger("council.sign-in.failures-from-one-address", DEFAULT.failuresFromOneAddress),
                Integer.getInteger("council.sign-in.failures-from-everywhere", DEFAULT.failuresFromEverywhere),
                Duration.ofMinutes(Long.getLong("council.sign-in.window-minutes", DEFAULT.window.toMinutes())),
                Duration.ofMinutes(Long.getLong("council.sign-in.lock-minutes", DEFAULT.lockFor.toMinutes())));
    }

    /** Failures before this instant no longer count. */
    public Instant countFrom(Instant now) {
        return now.minus(window);
    }

    /**
     * What a new failure leads to, given the failures already counted (this one included): a lock
     * from the address, a lock from everywhere, or nothing yet.
     */
    public Lock after(int fromThisAddress, int fromEverywhere, Instant now) {
        if (fromEverywhere >= failuresFromEverywhere) {
            return new Lock(Lock.Scope.EVERYWHERE, now.plus(lockFor), fromEverywhere);
        }
        if (fromThisAddress >= failuresFromOneAddress) {
            return new Lock(Lock.Scope.FROM_ADDRESS, now.plus(lockFor), fromThisAddress);
        }
        return null;
    }

    /** A lock a failure has earned. */
    public record Lock(Scope scope, Instant until, int failures) {
        public enum Scope { FROM_ADDRESS, EVERYWHERE }
    }
}
