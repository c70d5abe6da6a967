package uk.gov.council.cs.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mindrot.jbcrypt.BCrypt;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.signin.SignInAttempt.Mechanism;
import uk.gov.council.cs.signin.SignInAttempt.Outcome;
import uk.gov.council.cs.staff.StaffKind;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Checks a sign-in (a password from the form or HTTP Basic, or an API token), keeps every failure
 * with who was tried and from where, locks an account from an address that keeps guessing, and lets
 * administrators see and lift locks. Called by the web module's authentication mechanism before
 * anyone is signed in, so the checks themselves are open to all; what they reveal is not.
 */
@Stateless
public class SignIns {

    /** Remembered verifications, one set per server; see {@link VerifiedPasswords}. */
    private static final VerifiedPasswords VERIFIED = new VerifiedPasswords(
            Duration.ofMinutes(Long.getLong("council.sign-in.remember-minutes", 15)), 10_000);
    /** Checked against when the account does not exist, so that a wrong name takes as long as a wrong password. */
    private static final String NOBODY = BCrypt.hashpw("no such account", BCrypt.gensalt(10));

    private final SignInLimits limits = SignInLimits.fromSystemProperties();

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private Principal caller;

    private record Account(String username, String passwordHash, boolean enabled, StaffKind kind) {
    }

    @PermitAll
    public SignInResult withPassword(String username, String password, String address, Mechanism mechanism) {
        Instant now = Instant.now();
        String name = username == null ? "" : username.strip();
        SignInLock lock = lockInForce(name, address, now);
        if (lock != null) {
            record(name, address, now, mechanism, Outcome.LOCKED_OUT);
            return SignInResult.locked(lock.getLockedUntil());
        }
        Account account = account(name);
        if (account != null && account.kind() == StaffKind.SYSTEM) {
            record(name, address, now, mechanism, Outcome.SYSTEM_ACCOUNT);
            return SignInResult.refused(SignInResult.Refusal.SYSTEM_ACCOUNT);
        }
        if (account == null || !account.enabled() || !passwordMatches(account, password, now)) {
            return failed(name, address, now, mechanism);
        }
        if (mechanism == Mechanism.FORM || failedSinceLastSuccess(name, address, now)) {
            // A form sign-in is always kept; an API call only when it ends a run of failures.
            record(name, address, now, mechanism, Outcome.SUCCEEDED);
        }
        return SignInResult.accepted(account.username(), rolesOf(account.username()));
    }

    /**
     * A token sent as a bearer token, or as the password of HTTP Basic (then {@code claimedUsername}
     * must be the token's account). Never locked: a token cannot be guessed, and guessing a system
     * account's password must not shut the system out.
     */
    @PermitAll
    public SignInResult withToken(String token, String claimedUsername, String address) {
        Instant now = Instant.now();
        List<ApiToken> found = ApiTokenFormat.looksLikeToken(token)
                ? em.createQuery("SELECT t FROM ApiToken t WHERE t.digest = :digest", ApiToken.class)
                        .setParameter("digest", ApiTokenFormat.digest(token)).getResultList()
                : List.of();
        ApiToken match = found.isEmpty() ? null : found.get(0);
        Account account = match == null ? null : account(match.getUsername());
        boolean valid = match != null && !match.isRevoked() && account != null && account.enabled()
                && (claimedUsername == null || claimedUsername.strip().equals(match.getUsername()));
        if (!valid) {
            String who = claimedUsername != null ? claimedUsername
                    : match != null ? match.getUsername() : "(token " + ApiTokenFormat.shownPrefix(String.valueOf(token)) + ")";
            record(who, address, now, Mechanism.TOKEN, Outcome.TOKEN_REFUSED);
            return SignInResult.refused(SignInResult.Refusal.TOKEN_NOT_VALID);
        }
        if (!CouncilTime.today().equals(match.getLastUsedOn())) {
            match.usedOn(CouncilTime.today());
        }
        return SignInResult.accepted(match.getUsername(), rolesOf(match.getUsername()));
    }

    /**
     * The roles of a signed-in member of staff now, read on each of their requests so that a change
     * applies at once; none when the account has been disabled or removed, which ends the session.
     */
    @PermitAll
    public Set<String> rolesOf(String username) {
        return Set.copyOf(em.createQuery("SELECT r FROM StaffAccount a JOIN a.roles r WHERE a.username = :u"
                + " AND a.enabled = TRUE", String.class).setParameter("u", username).getResultList());
    }

    // ------------------------------------------------------------------ administrators

    /** Locks in force, accounts tried and failed recently, and the latest failures. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public SignInOverview overview(Duration recent, int latest) {
        Instant now = Instant.now();
        Instant since = now.minus(recent);
        List<SignInLock> locks = em.createQuery("SELECT l FROM SignInLock l WHERE l.liftedAt IS NULL AND l.lockedUntil > :now"
                + " ORDER BY l.lockedAt DESC", SignInLock.class).setParameter("now", now).getResultList();
        List<SignInOverview.Attacked> attacked = em.createQuery("SELECT new uk.gov.council.cs.signin.SignInOverview.Attacked("
                        + "a.username, COUNT(a), COUNT(DISTINCT a.sourceAddress), MAX(a.attemptedAt)) FROM SignInAttempt a"
                        + " WHERE a.attemptedAt > :since AND a.outcome <> :succeeded GROUP BY a.username"
                        + " ORDER BY COUNT(a) DESC, a.username", SignInOverview.Attacked.class)
                .setParameter("since", since).setParameter("succeeded", Outcome.SUCCEEDED).getResultList();
        List<SignInAttempt> failures = em.createQuery("SELECT a FROM SignInAttempt a WHERE a.outcome <> :succeeded"
                        + " ORDER BY a.attemptedAt DESC", SignInAttempt.class)
                .setParameter("succeeded", Outcome.SUCCEEDED).setMaxResults(latest).getResultList();
        return new SignInOverview(locks.stream().map(SignInOverview.Lock::of).toList(), attacked,
                failures.stream().map(SignInOverview.Attempt::of).toList(), limits);
    }

    /** Every attempt kept for one account, newest first. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<SignInOverview.Attempt> attempts(String username, int max) {
        return em.createQuery("SELECT a FROM SignInAttempt a WHERE a.username = :u ORDER BY a.attemptedAt DESC",
                        SignInAttempt.class).setParameter("u", username).setMaxResults(max).getResultList()
                .stream().map(SignInOverview.Attempt::of).toList();
    }

    /** Lifts a lock now; the account's failures so far no longer count towards another. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public SignInOverview.Lock lift(long lockId) {
        SignInLock lock = em.find(SignInLock.class, lockId);
        if (lock == null) {
            throw new NotFound("sign-in lock", lockId);
        }
        if (lock.getLiftedAt() == null) {
            lock.lift(ActingAs.who(caller), Instant.now());
        }
        return SignInOverview.Lock.of(lock);
    }

    // ------------------------------------------------------------------ the rules applied

    private Account account(String username) {
        List<Object[]> rows = em.createQuery("SELECT a.username, a.passwordHash, a.enabled, a.kind FROM StaffAccount a"
                + " WHERE a.username = :u", Object[].class).setParameter("u", username).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Account((String) r[0], (String) r[1], (Boolean) r[2], (StaffKind) r[3]);
    }

    private static boolean passwordMatches(Account account, String password, Instant now) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        if (VERIFIED.remembers(account.username(), account.passwordHash(), password, now)) {
            return true;
        }
        boolean matches;
        try {
            matches = BCrypt.checkpw(password, account.passwordHash());
        } catch (IllegalArgumentException notBcrypt) {
            matches = false;
        }
        if (matches) {
            VERIFIED.remember(account.username(), account.passwordHash(), password, now);
        }
        return matches;
    }

    private SignInResult failed(String name, String address, Instant now, Mechanism mechanism) {
        if (account(name) == null) {
            BCrypt.checkpw("timing", NOBODY);
        }
        record(name, address, now, mechanism, Outcome.FAILED);
        Instant windowStart = limits.countFrom(now);
        Instant pairSince = latest(windowStart, lastSuccess(name, address), lastLock(name, address));
        long fromHere = em.createQuery("SELECT COUNT(a) FROM SignInAttempt a WHERE a.username = :u AND a.sourceAddress = :addr"
                        + " AND a.outcome = :failed AND a.attemptedAt > :since", Long.class)
                .setParameter("u", name).setParameter("addr", address).setParameter("failed", Outcome.FAILED)
                .setParameter("since", pairSince).getSingleResult();
        long everywhere = em.createQuery("SELECT COUNT(a) FROM SignInAttempt a WHERE a.username = :u"
                        + " AND a.outcome = :failed AND a.attemptedAt > :since", Long.class)
                .setParameter("u", name).setParameter("failed", Outcome.FAILED)
                .setParameter("since", latest(windowStart, lastLock(name, null), null)).getSingleResult();
        SignInLimits.Lock lock = limits.after((int) fromHere, (int) everywhere, now);
        if (lock != null) {
            String lockedAddress = lock.scope() == SignInLimits.Lock.Scope.EVERYWHERE ? null : address;
            em.persist(new SignInLock(name, lockedAddress, now, lock.until(), lock.failures()));
        }
        return SignInResult.refused(SignInResult.Refusal.NOT_RIGHT);
    }

    private boolean failedSinceLastSuccess(String name, String address, Instant now) {
        List<Outcome> latest = em.createQuery("SELECT a.outcome FROM SignInAttempt a WHERE a.username = :u"
                        + " AND a.sourceAddress = :addr AND a.attemptedAt > :since ORDER BY a.attemptedAt DESC", Outcome.class)
                .setParameter("u", name).setParameter("addr", address).setParameter("since", limits.countFrom(now))
                .setMaxResults(1).getResultList();
        return !latest.isEmpty() && latest.get(0) != Outcome.SUCCEEDED;
    }

    private SignInLock lockInForce(String name, String address, Instant now) {
        List<SignInLock> locks = em.createQuery("SELECT l FROM SignInLock l WHERE l.username = :u AND l.liftedAt IS NULL"
                        + " AND l.lockedUntil > :now AND (l.sourceAddress IS NULL OR l.sourceAddress = :addr)"
                        + " ORDER BY l.lockedUntil DESC", SignInLock.class)
                .setParameter("u", name).setParameter("now", now).setParameter("addr", address)
                .setMaxResults(1).getResultList();
        return locks.isEmpty() ? null : locks.get(0);
    }

    private Instant lastSuccess(String name, String address) {
        return em.createQuery("SELECT MAX(a.attemptedAt) FROM SignInAttempt a WHERE a.username = :u"
                        + " AND a.sourceAddress = :addr AND a.outcome = :ok", Instant.class)
                .setParameter("u", name).setParameter("addr", address).setParameter("ok", Outcome.SUCCEEDED).getSingleResult();
    }

    /** When the latest lock of the account began (from this address, or from everywhere when address is null). */
    private Instant lastLock(String name, String address) {
        if (address == null) {
            return em.createQuery("SELECT MAX(l.lockedAt) FROM SignInLock l WHERE l.username = :u"
                    + " AND l.sourceAddress IS NULL", Instant.class).setParameter("u", name).getSingleResult();
        }
        return em.createQuery("SELECT MAX(l.lockedAt) FROM SignInLock l WHERE l.username = :u"
                        + " AND (l.sourceAddress = :addr OR l.sourceAddress IS NULL)", Instant.class)
                .setParameter("u", name).setParameter("addr", address).getSingleResult();
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant m = a;
        if (b != null && b.isAfter(m)) {
            m = b;
        }
        if (c != null && c.isAfter(m)) {
            m = c;
        }
        return m;
    }

    private void record(String name, String address, Instant now, Mechanism mechanism, Outcome outcome) {
        em.persist(new SignInAttempt(name, address, now, mechanism, outcome));
    }
}
