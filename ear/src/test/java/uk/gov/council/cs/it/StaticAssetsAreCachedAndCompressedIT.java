package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The design's style sheet and scripts are addressed by their content's fingerprint, so a browser
 * keeps them a year and a new build is fetched at once; they travel compressed. Pages do not.
 */
class StaticAssetsAreCachedAndCompressedIT extends DeployedCouncil {

    private static HttpResponse<byte[]> get(String pathAndQuery) {
        try {
            return Council.client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + Council.HTTP_PORT + pathAndQuery))
                    .timeout(Duration.ofSeconds(30)).header("Accept-Encoding", "gzip").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(pathAndQuery, e);
        }
    }

    @Test
    void theStyleSheetIsFingerprintedKeptAYearAndCompressed() {
        String page = new String(get("/council/login.xhtml").body(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"(/council/resources/css/council\\.css\\?v=[0-9a-f]{12})\"").matcher(page);
        assertTrue(css.find(), "the sign-in page links the style sheet by its fingerprint: " + page);

        HttpResponse<byte[]> sheet = get(css.group(1));
        assertEquals(200, sheet.statusCode());
        assertEquals("public, max-age=31536000, immutable", sheet.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("gzip", sheet.headers().firstValue("Content-Encoding").orElse(""), "compressed");

        HttpResponse<byte[]> script = get("/council/resources/js/govuk-frontend.min.js");
        assertEquals(200, script.statusCode());
        assertEquals("public, max-age=3600", script.headers().firstValue("Cache-Control").orElse(""), "not fingerprinted: an hour");
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""));

        HttpResponse<byte[]> login = get("/council/login.xhtml");
        assertTrue(login.headers().firstValue("Content-Encoding").isEmpty(), "pages are not compressed");
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
    }
}
