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
}
