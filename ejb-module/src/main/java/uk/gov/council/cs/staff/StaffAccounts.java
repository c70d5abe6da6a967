package uk.gov.council.cs.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import org.mindrot.jbcrypt.BCrypt;
import uk.gov.council.cs.security.Roles;

/** Creates staff accounts with bcrypt-hashed passwords that Elytron's JDBC realm can verify. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class StaffAccounts {

    /** bcrypt work factor: about 50 ms per sign-in on the council's servers. */
    private static final int BCRYPT_COST = 10;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    public void create(String username, String displayName, String password, Set<String> roles) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
            throw new IllegalArgumentException("A username is 2 to 100 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("A password must be at least 8 characters long.");
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("There is no role called \"" + role + "\"; roles are " + Roles.ALL + ".");
            }
        }
        if (exists(username)) {
            throw new IllegalArgumentException("There is already a member of staff with the username " + username + ".");
        }
        String hash = BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST));
        em.persist(new StaffAccount(username, displayName, hash, roles, Instant.now()));
    }

    /** Where to reach a member of staff, and who manages them, for reminders. */
    public void reachAt(String username, String email, String manager) {
        StaffAccount account = em.find(StaffAccount.class, username);
        if (account == null) {
            throw new IllegalArgumentException("There is no member of staff with the username " + username + ".");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("That is not an e-mail address.");
        }
        if (manager != null && em.find(StaffAccount.class, manager) == null) {
            throw new IllegalArgumentException("There is no member of staff with the username " + manager + ".");
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
