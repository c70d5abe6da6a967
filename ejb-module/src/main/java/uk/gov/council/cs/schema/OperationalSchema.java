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
 * {@code db/council} (and, on PostgreSQL, {@code db/council-postgresql}) before anything else in the application starts. The warehouse schema has
 * its own history (warehouse module).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OperationalSchema {

    public static final String SCHEMA = "council";
    private static final Logger LOG = Logger.getLogger(OperationalSchema.class.getName());

    @Resource(lookup = SchemaOwner.DATA_SOURCE)
    private DataSource dataSource;

    private volatile boolean upToDate;

    @PostConstruct
    void migrate() {
        MigrateResult result = SchemaOwner.migrating(Flyway.configure(OperationalSchema.class.getClassLoader()), dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations(locations())
                .load()
                .migrate();
        upToDate = true;
        LOG.info(() -> "Operational schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The shared migrations, and on PostgreSQL those only it can run (the trigger that makes the
     * audit trail append-only; H2 inside WildFly cannot load a trigger's Java class). Refuses a
     * PostgreSQL connection whose errors would quote rows into the log ({@link DatabaseErrorDetail}).
     */
    private String[] locations() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            DatabaseErrorDetail.problem(c.getMetaData().getDatabaseProductName(), c.getMetaData().getURL()).ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres")
                    ? new String[] {"classpath:db/council", "classpath:db/council-postgresql"}
                    : new String[] {"classpath:db/council"};
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot tell which database CouncilDS is", e);
        }
    }

    /** For readiness checks: true once migrations have run. */
    @PermitAll
    public boolean isUpToDate() {
        return upToDate;
    }
}
