package uk.gov.council.cs.staff;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import uk.gov.council.cs.security.Roles;

/**
 * A new installation has no one who can sign in. When the environment variable
 * {@code COUNCIL_INITIAL_ADMIN_PASSWORD} is set and there are no staff accounts yet, this creates
 * the account {@code administrator} with that password, once. It does nothing otherwise.
 */
@Singleton
@Startup
@DependsOn("OperationalSchema")
@RunAs(Roles.ADMINISTRATOR)
@DenyAll
public class FirstAdministrator {

    static final String PASSWORD_VARIABLE = "COUNCIL_INITIAL_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB
    private StaffAccounts staff;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @PostConstruct
    void createIfNoOneCanSignIn() {
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            return;
        }
        long accounts = em.createQuery("SELECT COUNT(s) FROM StaffAccount s", Long.class).getSingleResult();
        if (accounts == 0) {
            staff.create(Roles.ADMINISTRATOR, "System administrator", password, Set.of(Roles.ADMINISTRATOR));
            LOG.info("Created the first administrator account from " + PASSWORD_VARIABLE);
        }
    }
}
