package uk.gov.council.cs.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A verified password is remembered only for the stored hash it matched, for a while, and never in clear. */
class VerifiedPasswordsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu";
    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(15), 2);

    @Test
    void aRememberedPasswordIsRecognised() {
        verified.remember("adviser", HASH, "right password", NOW);
        assertTrue(verified.remembers("adviser", HASH, "right password", NOW.plusSeconds(60)));
    }

    @Test
    void anotherPasswordIsNot() {
        verified.remember("adviser", HASH, "right password", NOW);
        assertFalse(verified.remembers("adviser", HASH, "wrong password", NOW));
        assertFalse(verified.remembers("adviser", HASH, "", NOW));
    }

    @Test
    void aChangedPasswordEndsItAtOnce() {
        verified.remember("adviser", HASH, "right password", NOW);
        assertFalse(verified.remembers("adviser", "$2a$10$anotherhashaltogether", "right password", NOW),
                "the stored hash changed: bcrypt must run again");
    }

    @Test
    void itIsForgottenAfterThePeriod() {
        verified.remember("adviser", HASH, "right password", NOW);
        assertTrue(verified.remembers("adviser", HASH, "right password", NOW.plus(Duration.ofMinutes(15))));
        assertFalse(verified.remembers("adviser", HASH, "right password", NOW.plus(Duration.ofMinutes(15)).plusSeconds(1)));
    }

    @Test
    void itIsOneAccountsOnly() {
        verified.remember("adviser", HASH, "right password", NOW);
        assertFalse(verified.remembers("complaints-officer", HASH, "right password", NOW));
    }

    @Test
    void theLeastRecentlyUsedIsDroppedBeyondTheBound() {
        verified.remember("a", HASH, "p", NOW);
        verified.remember("b", HASH, "p", NOW);
        verified.remember("c", HASH, "p", NOW);
        assertFalse(verified.remembers("a", HASH, "p", NOW));
        assertTrue(verified.remembers("c", HASH, "p", NOW));
    }

    @Test
    void forgettingIsImmediate() {
        verified.remember("adviser", HASH, "right password", NOW);
        verified.forget("adviser");
        assertFalse(verified.remembers("adviser", HASH, "right password", NOW));
    }
}
