package uk.gov.council.cs.web.signin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import uk.gov.council.cs.signin.ApiTokenFormat;
import uk.gov.council.cs.signin.SignInAttempt.Mechanism;
import uk.gov.council.cs.signin.SignInResult;
import uk.gov.council.cs.signin.SignIns;

/**
 * How staff and systems sign in, for pages and the API alike:
 * <ul>
 *   <li>staff use the sign-in form (posted to {@code j_security_check}) and stay signed in for the session;</li>
 *   <li>API clients send HTTP Basic (a person's password, verified with bcrypt once and then remembered, see
 *       {@code VerifiedPasswords}) or a system account's token ({@code Authorization: Bearer}, or as the Basic
 *       password);</li>
 *   <li>every refusal is recorded with who was tried and from where, and an address that keeps guessing is
 *       locked out of that account for a while ({@code SignIns}).</li>
 * </ul>
 * The roles are read afresh on every request, so a change of roles, or disabling an account, applies at once.
 * This replaces the server's FORM and BASIC mechanisms, which can neither tell a person their account is
 * locked nor skip bcrypt for an API client that sends the same password on every call.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute: who signed in with the form. */
    static final String SIGNED_IN = "council.signedIn";
    /** Session attribute: the page to return to after signing in. */
    static final String RETURN_TO = "council.returnTo";
    /** Request attribute: why the sign-in form refused, for the form to say. */
    public static final String REFUSAL = "council.signInRefusal";
    /** Request attribute: when the lock that refused the request frees. */
    public static final String LOCKED_UNTIL = "council.signInLockedUntil";
    private static final String LOGIN_PAGE = "/login.xhtml";

    @EJB
    private SignIns signIns;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return withCredentials(authorization, request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && path.equals(SignInForm.PATH)) {
            return withForm(request, context);
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Object who = session == null ? null : session.getAttribute(SIGNED_IN);
        if (who instanceof String username) {
            Set<String> roles = signIns.rolesOf(username);
            if (!roles.isEmpty()) {
                return context.notifyContainerAboutLogin(username, roles);
            }
            // Disabled since signing in: the session ends here.
            session.invalidate();
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.forward(LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus withCredentials(String authorization, HttpServletRequest request,
                                                 HttpMessageContext context) {
        String address = request.getRemoteAddr();
        SignInResult result;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            result = signIns.withToken(authorization.substring(7).strip(), null, address);
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(authorization.substring(6).strip());
            if (pair == null) {
                return refuse(request, context, "The Authorization header is not HTTP Basic: send Base64 of username:password.", null);
            }
            result = ApiTokenFormat.looksLikeToken(pair[1])
                    ? signIns.withToken(pair[1], pair[0], address)
                    : signIns.withPassword(pair[0], pair[1], address, Mechanism.BASIC);
        } else {
            return refuse(request, context, "Send Basic credentials or a Bearer token in the Authorization header.", null);
        }
        if (!result.isAccepted()) {
            return refuse(request, context, result.message(), result.lockedUntil());
        }
        return context.notifyContainerAboutLogin(result.username(), result.roles());
    }

    private AuthenticationStatus withForm(HttpServletRequest request, HttpMessageContext context) {
        SignInResult result = signIns.withPassword(request.getParameter("j_username"), request.getParameter("j_password"),
                request.getRemoteAddr(), Mechanism.FORM);
        if (!result.isAccepted()) {
            request.setAttribute(REFUSAL, result.message());
            return context.forward(LOGIN_PAGE);
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SIGNED_IN, result.username());
        // SignInForm then sends the officer back to the page they asked for.
        return context.notifyContainerAboutLogin(result.username(), result.roles());
    }

    /** The two halves of a Basic header, or null when it is not one. */
    static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * Refused credentials: the request goes on unauthenticated with the reason attached, so that the API
     * answers 401 in its own error shape (ApiAuthenticationRequired) and a page shows the sign-in form
     * with the reason. Answering here instead would race the server's own 401 page.
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String message,
                                               Instant lockedUntil) {
        request.setAttribute(REFUSAL, message);
        if (lockedUntil != null) {
            request.setAttribute(LOCKED_UNTIL, lockedUntil);
        }
        return context.isProtected() ? context.forward(LOGIN_PAGE) : context.doNothing();
    }
}
