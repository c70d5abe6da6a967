package uk.gov.council.cs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Definition of done: every EJB method declares who may call it. This walks the compiled
 * classes of this module and lists each public business method with no role annotation on the
 * method or its class. The same check runs in every EJB module through {@link EjbRoleDeclarations}.
 */
class EveryEjbMethodDeclaresItsRolesTest {

    @Test
    void noBusinessMethodIsLeftWithoutARole() throws Exception {
        assertEquals(List.of(), EjbRoleDeclarations.undeclared(Roles.class),
                "EJB methods with no @RolesAllowed, @PermitAll or @DenyAll");
    }
}
