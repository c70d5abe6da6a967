package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.security.EjbRoleDeclarations;

class IntegrationEjbRolesTest {
    @Test
    void everyEjbMethodDeclaresItsRoles() {
        assertEquals(List.of(), EjbRoleDeclarations.undeclared(ResidentIntake.class));
    }

    /** What each method declares is what the table who-may-do-what-ejb.txt says the council decided. */
    @Test
    void everyMethodAllowsExactlyTheRolesTheTableSays() {
        assertEquals(List.of(), EjbRoleDeclarations.differences(
                EjbRoleDeclarations.table(ResidentIntake.class, "/who-may-do-what-ejb.txt"), EjbRoleDeclarations.declared(ResidentIntake.class)));
    }
}
