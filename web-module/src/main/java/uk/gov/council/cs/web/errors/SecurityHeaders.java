package uk.gov.council.cs.web.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries so that a browser cannot be turned against staff: no framing
 * (clickjacking), no guessing of content types, no leaking of addresses (which may name a resident's
 * record) to other sites, nothing from other origins, and for personal data no caching.
 *
 * <p>Pages get their Content Security Policy from PrimeFaces (web.xml, primefaces.CSP), which adds a
 * fresh nonce for each page's scripts; everything else (the API, files, the server's own answers)
 * gets the strict policy here.
 */
// Also on error dispatches: the server's refusals (403 for a page the role may not open) are shown
// through error pages before any request filter runs.
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For anything that is not a page: nothing runs, nothing loads from elsewhere, nothing frames it. */
    static final String NOT_A_PAGE = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none';"
            + " form-action 'self'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getServletPath();
        boolean page = path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
        boolean staticFile = path.startsWith("/jakarta.faces.resource") || path.startsWith("/resources/");
        if (!page) {
            response.setHeader("Content-Security-Policy", NOT_A_PAGE);
        }
        if (!staticFile) {
            // Pages and API answers hold personal data: never kept by the browser or a proxy.
            response.setHeader("Cache-Control", "no-store");
        } else if (path.startsWith("/resources/")) {
            // The design's files: kept a year when the address carries their fingerprint (AssetUrls),
            // an hour when it does not (what they import and their images), then checked again.
            String query = request.getQueryString();
            response.setHeader("Cache-Control", query != null && query.startsWith("v=")
                    ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        }
        chain.doFilter(request, response);
    }
}
