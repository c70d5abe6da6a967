package uk.gov.council.cs.signin;

import java.security.SecureRandom;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * API tokens for system accounts: {@code ccs_} and 43 random URL-safe characters (256 bits), shown
 * once when issued and kept only as a SHA-256 digest. A fast digest is safe here, unlike for
 * passwords, because a token is random and long: no dictionary guesses it, so checking one costs
 * microseconds instead of bcrypt's tens of milliseconds.
 */
public final class ApiTokenFormat {

    public static final String PREFIX = "ccs_";
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenFormat() {
    }

    public static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether what was sent looks like a token at all (a password never starts with the prefix by accident). */
    public static boolean looksLikeToken(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() >= PREFIX.length() + 20 && text.length() <= 200
                && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    public static String digest(String token) {
        return DigestUtils.sha256Hex(token);
    }

    /** What administrators see of a token to tell it apart: its first characters. */
    public static String shownPrefix(String token) {
        return token.substring(0, Math.min(SHOWN, token.length()));
    }
}
