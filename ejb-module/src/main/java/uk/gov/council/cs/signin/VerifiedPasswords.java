package uk.gov.council.cs.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, in memory only, that a password was verified against an account's stored bcrypt hash,
 * so that an API client sending HTTP Basic on every request pays for bcrypt once, not every time.
 *
 * <p>What is kept is a keyed hash (HMAC-SHA256 under a key made at start-up and never stored) of the
 * password beside the stored hash it matched. A remembered password counts only while the account's
 * stored hash is the one it matched, so a changed password takes effect on the next request with no
 * message between servers; and only for {@code rememberFor}, after which bcrypt runs again.
 */
public final class VerifiedPasswords {

    private static final String MAC = "HmacSHA256";
    private final byte[] key = new byte[32];
    private final Duration rememberFor;
    private final int most;
    private final Map<String, Entry> entries;

    private record Entry(String storedHash, byte[] keyedPassword, Instant verifiedAt) {
    }

    public VerifiedPasswords(Duration rememberFor, int most) {
        new SecureRandom().nextBytes(key);
        this.rememberFor = rememberFor;
        this.most = most;
        // Least recently used first, so the map stays within its bound under many accounts.
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedPasswords.this.most;
            }
        };
    }

    /** Whether this password was verified against exactly this stored hash within the period. */
    public boolean remembers(String username, String storedHash, String password, Instant now) {
        Entry e;
        synchronized (entries) {
            e = entries.get(username);
        }
        return e != null && e.storedHash.equals(storedHash) && !now.isAfter(e.verifiedAt.plus(rememberFor))
                && MessageDigest.isEqual(e.keyedPassword, keyed(password));
    }

    public void remember(String username, String storedHash, String password, Instant now) {
        Entry e = new Entry(storedHash, keyed(password), now);
        synchronized (entries) {
            entries.put(username, e);
        }
    }

    public void forget(String username) {
        synchronized (entries) {
            entries.remove(username);
        }
    }

    private byte[] keyed(String password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key, MAC));
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
