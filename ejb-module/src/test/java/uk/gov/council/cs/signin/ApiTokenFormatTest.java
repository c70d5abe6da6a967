package uk.gov.council.cs.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** API tokens: random, recognisable, and kept only as a digest. */
class ApiTokenFormatTest {

    @Test
    void aNewTokenIsLongRandomAndMarked() {
        String token = ApiTokenFormat.newToken();
        assertTrue(token.startsWith("ccs_"), token);
        assertEquals(4 + 43, token.length(), "32 random bytes in URL-safe Base64");
        assertTrue(ApiTokenFormat.looksLikeToken(token));
        assertNotEquals(token, ApiTokenFormat.newToken());
    }

    @Test
    void passwordsDoNotLookLikeTokens() {
        assertFalse(ApiTokenFormat.looksLikeToken("demo-password"));
        assertFalse(ApiTokenFormat.looksLikeToken("ccs_short"));
        assertFalse(ApiTokenFormat.looksLikeToken("ccs_has spaces in it and is long enough"));
        assertFalse(ApiTokenFormat.looksLikeToken(null));
    }

    @Test
    void theDigestIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenFormat.digest("abc"));
    }

    @Test
    void onlyTheFirstCharactersAreShown() {
        assertEquals("ccs_abcdef", ApiTokenFormat.shownPrefix("ccs_abcdefghijklmnopqrstuvwxyz"));
    }
}
