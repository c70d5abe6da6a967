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
}
