package uk.gov.council.cs.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import org.mindrot.jbcrypt.BCrypt;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.security.Roles;

/** Creates staff accounts with bcrypt-hashed passwords that Elytron's JDBC realm can verify. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class StaffAccounts {

    /** bcrypt work factor: about 50 ms per sign-in on the council's servers. */
    private static final int BCRYPT_COST = 10;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    /** A member of staff who signs in with a password. */
    public void create(String username, String displayName, String password, Set<String> roles) {
        checkNew(username, displayName, roles);
        checkPassword(password);
        em.persist(new StaffAccount(username, displayName.strip(), StaffKind.PERSON, hash(password), roles, Instant.now()));
    }

    /**
     * A system (a back-office system, an Open311 client) that calls the API with tokens issued by an
     * administrator. Its password is random and never told to anyone: the API refuses passwords for
     * system accounts, so guessing one can neither succeed nor lock the system out. (The message broker
     * still takes the account's password until the back-office feeds move to tokens; see README.)
     */
    public void createSystem(String username, String displayName, Set<String> roles) {
        checkNew(username, displayName, roles);
        em.persist(new StaffAccount(username, displayName.strip(), StaffKind.SYSTEM,
                hash(uk.gov.council.cs.signin.ApiTokenFormat.newToken()), roles, Instant.now()));
    }

    /** A new password; the next request with the old one is refused, on every server. */
    public void changePassword(String username, String password) {
        checkPassword(password);
        account(username).changePassword(hash(password), Instant.now());
    }

    /** The roles an account has from its next request on. */
    public void setRoles(String username, Set<String> roles) {
        checkRoles(roles);
        account(username).replaceRoles(roles);
    }

    /** A disabled account cannot sign in or call the API; its history stays. */
    public void setEnabled(String username, boolean enabled) {
        account(username).enable(enabled);
    }

    /** Every account, people first, by name. */
    public java.util.List<StaffMember> all() {
        return em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.kind, a.displayName", StaffAccount.class)
                .getResultList().stream().map(StaffMember::of).toList();
    }

    private StaffAccount account(String username) {
        StaffAccount account = username == null ? null : em.find(StaffAccount.class, username);
        if (account == null) {
            throw new uk.gov.council.cs.refusals.NotFound("member of staff with the username", String.valueOf(username));
        }
        return account;
    }

    private void checkNew(String username, String displayName, Set<String> roles) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
            throw refused("A username is 2 to 100 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw refused("Give the account a name people will recognise.");
        }
        checkRoles(roles);
        if (exists(username)) {
            throw refused("There is already a member of staff with the username " + username + ".");
        }
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw refused("Give the account at least one role; roles are " + Roles.ALL + ".");
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw refused("There is no role called \"" + role + "\"; roles are " + Roles.ALL + ".");
            }
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw refused("A password must be at least 8 characters long.");
        }
        if (password.startsWith(uk.gov.council.cs.signin.ApiTokenFormat.PREFIX)) {
            throw refused("A password cannot start with " + uk.gov.council.cs.signin.ApiTokenFormat.PREFIX
                    + ", which marks API tokens.");
        }
    }

    /** Refusals are the administrator's to read, not the log's: an application exception, never logged. */
    private static DetailsRefused refused(String reason) {
        return new DetailsRefused("The account was not changed.", java.util.List.of(reason));
    }

    private static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST));
    }

    /** Where to reach a member of staff, and who manages them, for reminders. */
    public void reachAt(String username, String email, String manager) {
        StaffAccount account = em.find(StaffAccount.class, username);
        if (account == null) {
            throw refused("There is no member of staff with the username " + username + ".");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw refused("That is not an e-mail address.");
        }
        if (manager != null && em.find(StaffAccount.class, manager) == null) {
            throw refused("There is no member of staff with the username " + manager + ".");
        }
        account.reachAt(email, manager);
    }

    /** One member of staff, or null. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public StaffMember member(String username) {
        StaffAccount a = username == null ? null : em.find(StaffAccount.class, username);
        return a == null || !a.isEnabled() ? null : StaffMember.of(a);
    }

    /** Everyone who may act in a role, by name: the choices when assigning work. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public java.util.List<StaffMember> withRole(String role) {
        return em.createQuery("SELECT DISTINCT a FROM StaffAccount a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE"
                        + " ORDER BY a.displayName", StaffAccount.class)
                .setParameter("role", role).getResultList().stream().map(StaffMember::of).toList();
    }

    public boolean exists(String username) {
        return em.find(StaffAccount.class, username) != null;
    }
}
