package uk.gov.council.cs.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the operational schema ({@code council}) up to date with the Flyway migrations in
 * {@code db/council} before anything else in the application starts. The warehouse schema has
 * its own history (warehouse module).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OperationalSchema {

    public static final String SCHEMA = "council";
    private static final Logger LOG = Logger.getLogger(OperationalSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    private volatile boolean upToDate;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(OperationalSchema.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/council")
                .load()
                .migrate();
        upToDate = true;
        LOG.info(() -> "Operational schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** For readiness checks: true once migrations have run. */
    @PermitAll
    public boolean isUpToDate() {
        return upToDate;
    }
}
