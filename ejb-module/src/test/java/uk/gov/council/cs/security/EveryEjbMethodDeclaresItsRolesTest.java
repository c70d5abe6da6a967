package uk.gov.council.cs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Definition of done: every EJB method declares who may call it, and what it declares is what the
 * council decided. The decision is the table src/test/resources/who-may-do-what-ejb.txt; a method
 * whose roles change, or a new method, fails here until the table is changed with it, so a class-level
 * annotation can no longer quietly let a new method through. The same check runs in every EJB module.
 */
class EveryEjbMethodDeclaresItsRolesTest {

    @Test
    void noBusinessMethodIsLeftWithoutARole() throws Exception {
        assertEquals(List.of(), EjbRoleDeclarations.undeclared(Roles.class),
                "EJB methods with no @RolesAllowed, @PermitAll or @DenyAll");
    }

    @Test
    void everyMethodAllowsExactlyTheRolesTheTableSays() {
        assertEquals(List.of(), EjbRoleDeclarations.differences(
                EjbRoleDeclarations.table(Roles.class, "/who-may-do-what-ejb.txt"), EjbRoleDeclarations.declared(Roles.class)));
    }
}
