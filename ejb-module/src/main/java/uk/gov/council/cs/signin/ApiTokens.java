package uk.gov.council.cs.signin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.staff.StaffAccount;
import uk.gov.council.cs.staff.StaffKind;
import uk.gov.council.cs.audit.ActingAs;

/** Administrators issue and revoke the API tokens of system accounts. A token is shown once, when issued. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class ApiTokens {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private Principal caller;

    /** A token as administrators see it: never the token itself. */
    public record TokenView(long id, String username, String label, String shownPrefix, Instant createdAt, String createdBy,
                            LocalDate lastUsedOn, Instant revokedAt, String revokedBy) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getUsername(), t.getLabel(), t.getShownPrefix(), t.getCreatedAt(),
                    t.getCreatedBy(), t.getLastUsedOn(), t.getRevokedAt(), t.getRevokedBy());
        }
    }

    /** A newly issued token: {@code token} is shown this once and never again. */
    public record Issued(TokenView view, String token) {
    }

    public Issued issue(String username, String label) {
        return issue(username, label, ApiTokenFormat.newToken());
    }

    /** For demo mode only: a token of a known value, like the demo passwords. */
    public Issued issue(String username, String label, String token) {
        StaffAccount account = username == null ? null : em.find(StaffAccount.class, username);
        if (account == null) {
            throw new NotFound("member of staff with the username", String.valueOf(username));
        }
        if (account.getKind() != StaffKind.SYSTEM) {
            throw new DetailsRefused("No token was issued.", List.of(
                    username + " is a person's account; API tokens are for system accounts, and people sign in with their password."));
        }
        if (label == null || label.isBlank()) {
            throw new DetailsRefused("No token was issued.", List.of(
                    "Say what the token is for (for example \"housing system, live\"), so it can be recognised and revoked."));
        }
        if (!ApiTokenFormat.looksLikeToken(token)) {
            throw new DetailsRefused("No token was issued.", List.of("That is not a token."));
        }
        ApiToken t = new ApiToken(username, label.strip(), token, Instant.now(), ActingAs.who(caller));
        em.persist(t);
        em.flush();
        return new Issued(TokenView.of(t), token);
    }

    /** Whether this token was ever issued (revoked or not). */
    public boolean exists(String token) {
        return !em.createQuery("SELECT t.id FROM ApiToken t WHERE t.digest = :d", Long.class)
                .setParameter("d", ApiTokenFormat.digest(token)).getResultList().isEmpty();
    }

    public TokenView revoke(long id) {
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null) {
            throw new NotFound("API token", id);
        }
        if (!t.isRevoked()) {
            t.revoke(ActingAs.who(caller), Instant.now());
        }
        return TokenView.of(t);
    }

    public List<TokenView> all() {
        return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.username, t.createdAt DESC", ApiToken.class)
                .getResultList().stream().map(TokenView::of).toList();
    }
}
