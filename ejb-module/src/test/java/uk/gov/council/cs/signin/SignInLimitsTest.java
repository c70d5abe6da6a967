package uk.gov.council.cs.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How many failed sign-ins lock an account, from where, and until when. */
class SignInLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final SignInLimits limits = SignInLimits.DEFAULT;

    @Test
    void theDefaultsAreTheCouncilsStatedOnes() {
        assertEquals(10, limits.failuresFromOneAddress());
        assertEquals(50, limits.failuresFromEverywhere());
        assertEquals(Duration.ofMinutes(60), limits.window());
        assertEquals(Duration.ofMinutes(15), limits.lockFor());
    }

    @Test
    void nineFailuresFromOneAddressLockNothing() {
        assertNull(limits.after(9, 9, NOW));
    }

    @Test
    void theTenthFromOneAddressLocksTheAccountFromThatAddressForFifteenMinutes() {
        SignInLimits.Lock lock = limits.after(10, 10, NOW);
        assertEquals(SignInLimits.Lock.Scope.FROM_ADDRESS, lock.scope());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), lock.until());
        assertEquals(10, lock.failures());
    }

    @Test
    void fiftyFromManyAddressesLockTheAccountEverywhere() {
        SignInLimits.Lock lock = limits.after(3, 50, NOW);
        assertEquals(SignInLimits.Lock.Scope.EVERYWHERE, lock.scope());
        assertEquals(50, lock.failures());
        assertNull(limits.after(3, 49, NOW), "forty-nine from many places, none of them ten, lock nothing");
    }

    @Test
    void failuresCountOnlyWithinTheWindow() {
        assertEquals(NOW.minus(Duration.ofHours(1)), limits.countFrom(NOW));
    }

    @Test
    void limitsThatMakeNoSenseAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignInLimits(0, 5, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInLimits(10, 5, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInLimits(10, 50, Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInLimits(10, 50, Duration.ofMinutes(1), Duration.ZERO));
    }

    @Test
    void theServerConfigurationSetsThem() {
        System.setProperty("council.sign-in.failures-from-one-address", "5");
        System.setProperty("council.sign-in.lock-minutes", "30");
        try {
            SignInLimits configured = SignInLimits.fromSystemProperties();
            assertEquals(5, configured.failuresFromOneAddress());
            assertEquals(Duration.ofMinutes(30), configured.lockFor());
            assertEquals(50, configured.failuresFromEverywhere());
        } finally {
            System.clearProperty("council.sign-in.failures-from-one-address");
            System.clearProperty("council.sign-in.lock-minutes");
        }
    }
}
