package uk.gov.council.cs.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every end-to-end test talks to the EAR exactly as built (no test-only classes inside it) on the
 * build-provisioned WildFly, as staff, API clients and back-office systems do. Arquillian starts
 * the server once per run; the EAR is deployed once per run too ({@link CouncilDeployment}), as on a
 * council's server, where the application is not redeployed between one user and the next.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedCouncil {

    @BeforeAll
    static void councilDeployed() {
        CouncilDeployment.ensureDeployed();
    }
}
