package uk.gov.council.cs.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every end-to-end test deploys the EAR exactly as built (no test-only classes inside it) to the
 * build-provisioned WildFly and talks to it as staff, API clients and back-office systems do.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedCouncil {

    @Deployment(testable = false)
    public static EnterpriseArchive council() {
        File ear = new File(System.getProperty("council.ear", "target/council.ear"));
        return ShrinkWrap.create(ZipImporter.class, "council.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
