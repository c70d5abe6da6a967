package uk.gov.council.cs.warehouse;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The reporting warehouse's own schema ({@code warehouse}) with its own Flyway history, separate
 * from the operational schema so that each evolves on its own.
 */
@Singleton
@Startup
// After the operational schema: two migrations at once contend for H2's catalogue lock.
@DependsOn("OperationalSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarehouseSchema {

    public static final String SCHEMA = "warehouse";
    private static final Logger LOG = Logger.getLogger(WarehouseSchema.class.getName());

    @Resource(lookup = uk.gov.council.cs.schema.SchemaOwner.DATA_SOURCE)
    private DataSource dataSource;

    private volatile boolean upToDate;

    @PostConstruct
    void migrate() {
        MigrateResult result = uk.gov.council.cs.schema.SchemaOwner.migrating(
                        Flyway.configure(WarehouseSchema.class.getClassLoader()), dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations(locations())
                .load()
                .migrate();
        upToDate = true;
        LOG.info(() -> "Warehouse schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** Every database's migrations, and PostgreSQL's own (partitioning, which H2 has not). */
    private String[] locations() {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c.getMetaData().getDatabaseProductName()) == Dialect.POSTGRESQL
                    ? new String[] {"classpath:db/warehouse", "classpath:db/warehouse-postgresql"}
                    : new String[] {"classpath:db/warehouse"};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the warehouse", e);
        }
    }

    @PermitAll
    public boolean isUpToDate() {
        return upToDate;
    }
}
