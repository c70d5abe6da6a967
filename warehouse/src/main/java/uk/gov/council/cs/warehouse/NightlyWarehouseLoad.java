package uk.gov.council.cs.warehouse;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import uk.gov.council.cs.security.Roles;

/** Refreshes the warehouse every night, before the scheduled reports run. */
@Singleton
// No transaction around the loads: each takes its own, and the star schema's chunks must not wait on
// locks an enclosing transaction holds.
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.ADMINISTRATOR)
@DenyAll
public class NightlyWarehouseLoad {

    @EJB
    private WarehouseLoad load;

    @EJB
    private StarSchemaLoad starSchema;

    @Schedule(hour = "1", minute = "30", persistent = false, info = "nightly warehouse load")
    void loadYesterdayClose() {
        // Named in what the loads record: the timer has no person behind it.
        uk.gov.council.cs.audit.ActingAs.job(StarSchemaLoad.JOB, () -> {
            load.loadToday();
            return starSchema.loadChanges();
        });
    }
}
