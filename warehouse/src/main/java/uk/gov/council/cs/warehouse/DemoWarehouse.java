package uk.gov.council.cs.warehouse;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import uk.gov.council.cs.security.Roles;

/**
 * In demo mode, loads the warehouse once the demo borough is seeded, if it was never loaded, so that
 * the reports have figures from the first minute rather than after the first night.
 */
@Singleton
@Startup
@DependsOn({"WarehouseSchema", "DemoMode", "DemoHistorySeeding"})
// No transaction around the loads: each takes its own, and the star schema's chunks must not wait on
// locks an enclosing transaction holds.
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.ADMINISTRATOR)
@DenyAll
public class DemoWarehouse {

    private static final Logger LOG = Logger.getLogger(DemoWarehouse.class.getName());

    @EJB
    private StarSchemaLoad starSchema;

    @EJB
    private WarehouseLoad snapshot;

    @PostConstruct
    void firstLoad() {
        if (!Boolean.getBoolean("council.demo") || !starSchema.history(1).isEmpty()) {
            return;
        }
        FactLoadReport report = uk.gov.council.cs.audit.ActingAs.job(StarSchemaLoad.JOB, () -> {
            snapshot.loadToday();
            return starSchema.loadChanges();
        });
        LOG.info(() -> "Demo mode: the warehouse's first load: " + report.rowsCopied() + " fact rows, " + report.status());
    }
}
