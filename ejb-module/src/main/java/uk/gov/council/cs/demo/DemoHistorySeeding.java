package uk.gov.council.cs.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * After the demo borough is seeded and committed, replays the council's past two financial years
 * ({@link DemoHistoryReplay}), each step its own transaction, unless {@code council.demo.history=false}.
 * The warehouse's first demo load waits for it, so that the committee reports have history from the start.
 */
@Singleton
@Startup
@DependsOn("DemoMode")
@RunAs(Roles.ADMINISTRATOR)
@DenyAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistorySeeding {

    @EJB
    private DemoMode demo;

    @EJB
    private DemoHistoryReplay replay;

    @PostConstruct
    void replayHistory() {
        if (!Boolean.getBoolean(DemoMode.SWITCH) || !Boolean.parseBoolean(System.getProperty(DemoMode.HISTORY, "true"))) {
            return;
        }
        DemoMode.Seeded seeded = demo.seededNow();
        if (seeded == null) {
            return;
        }
        // From the start of the financial year two years before this one: two whole years and this one so far.
        LocalDate today = CouncilTime.today();
        int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        replay.replay(seeded.residentIds(), seeded.serviceIds(), LocalDate.of(thisYear - 2, 4, 1), seeded.seed());
    }
}
