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

    public boolean exists(String username) {
        return em.find(StaffAccount.class, username) != null;
    }
}
