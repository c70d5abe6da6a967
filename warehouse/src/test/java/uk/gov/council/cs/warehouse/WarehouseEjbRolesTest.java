package uk.gov.council.cs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.security.EjbRoleDeclarations;

class WarehouseEjbRolesTest {
    @Test
    void everyEjbMethodDeclaresItsRoles() {
        assertEquals(List.of(), EjbRoleDeclarations.undeclared(WarehouseLoad.class));
    }

    /** What each method declares is what the table who-may-do-what-ejb.txt says the council decided. */
    @Test
    void everyMethodAllowsExactlyTheRolesTheTableSays() {
        assertEquals(List.of(), EjbRoleDeclarations.differences(
                EjbRoleDeclarations.table(WarehouseLoad.class, "/who-may-do-what-ejb.txt"), EjbRoleDeclarations.declared(WarehouseLoad.class)));
    }
}
