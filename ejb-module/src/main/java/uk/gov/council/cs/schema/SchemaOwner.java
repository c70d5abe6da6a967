package uk.gov.council.cs.schema;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Who changes the schemas. On PostgreSQL the application runs as a login that is a member of
 * {@code council_app} (created by migration V9_1), which may read and write rows but owns nothing:
 * it can neither change the audit trail nor switch off the trigger that guards it. Migrations run
 * through the data source {@code CouncilOwnerDS}, which connects as the schemas' owner
 * ({@code council.db.owner}, see datasource.cli) or, when none is set, as the application's login.
 */
public final class SchemaOwner {

    /** The JNDI name the migrating beans look up. */
    public static final String DATA_SOURCE = "java:jboss/datasources/CouncilOwnerDS";

    private SchemaOwner() {
    }

    /** Flyway set up to migrate as the owner, telling the migrations which login the application runs as. */
    public static FluentConfiguration migrating(FluentConfiguration flyway, DataSource owners) {
        // The login the application runs as, granted council_app by the migration that creates it.
        return flyway.dataSource(owners).placeholders(Map.of("applicationLogin", System.getProperty("council.db.user", "")));
    }
}
