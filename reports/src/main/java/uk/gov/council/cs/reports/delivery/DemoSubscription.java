package uk.gov.council.cs.reports.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.security.Roles;

/**
 * In demo mode, the subscription a council would set up first: the quarterly performance report to
 * the senior managers on the 10th working day after each quarter ends, as PDF and spreadsheet.
 */
@Singleton
@Startup
@DependsOn({"DemoMode", "WarehouseSchema"})
@RunAs(Roles.ADMINISTRATOR)
@DenyAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSubscription {

    @EJB
    private ReportSubscriptions subscriptions;

    @PostConstruct
    void subscribe() {
        if (!Boolean.getBoolean("council.demo")) {
            return;
        }
        ActingAs.job("demo-data", () -> {
            if (subscriptions.all().isEmpty()) {
                subscriptions.create(new SubscriptionDetails("quarterly-performance", "last-full-quarter", "quarter-end+10wd@07:00",
                        List.of("pdf", "xlsx"), List.of("role:senior-manager")));
            }
            return null;
        });
    }
}
