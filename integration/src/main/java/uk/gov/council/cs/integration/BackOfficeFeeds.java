package uk.gov.council.cs.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.logging.Logger;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.backoffice.BackOfficeEvent;
import uk.gov.council.cs.backoffice.BackOfficeEvents;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.backoffice.Tenancies;
import uk.gov.council.cs.backoffice.TenantRecord;
import uk.gov.council.cs.intake.RejectedRecords;
import uk.gov.council.cs.security.Roles;

/**
 * Where the housing and benefits event routes hand over to the customer records. Like
 * {@link ResidentIntake}, the routes run on the broker's consumer thread with no caller, so this bean
 * acts as the back-office system; it has a no-interface local view only.
 */
@Stateless
@RunAs(Roles.BACK_OFFICE_SYSTEM)
@PermitAll
public class BackOfficeFeeds {

    private static final Logger LOG = Logger.getLogger(BackOfficeFeeds.class.getName());

    @EJB
    private BackOfficeEvents events;

    @EJB
    private Tenancies tenancies;

    @EJB
    private RejectedRecords rejected;

    /** Applies one message of the feed: parsed, checked, matched and on the timelines, or refused with every reason. */
    public BackOfficeEvents.Applied accept(Feed feed, String json) {
        BackOfficeEvent event = parse(feed, json);
        return ActingAs.job(feed.job(), () -> events.apply(event));
    }

    /** Applies one row of the housing system's tenancy extract, checked by the extract's reader. */
    public Tenancies.Applied acceptTenant(TenantRecord row) {
        return ActingAs.job(Feed.HOUSING_TENANCIES.job(), () -> tenancies.apply(row));
    }

    public long quarantine(Feed feed, String payload, String reason) {
        long id = ActingAs.job(feed.job(), () -> rejected.quarantine(feed.source(), payload, reason));
        // Ids only: the payload and the reason quote personal data.
        LOG.warning(() -> "Record from " + feed.source() + " refused and kept as rejected record " + id);
        return id;
    }

    /** The feed's message as the event the council applies; refused with every problem if it is not one. */
    static BackOfficeEvent parse(Feed feed, String json) {
        return switch (feed) {
            case HOUSING_EVENTS -> {
                HousingEvent e = JsonMessages.read(json, HousingEvent.class, "a housing event");
                yield valid(e.problems(), e::toEvent);
            }
            case BENEFITS_EVENTS -> {
                BenefitsEvent e = JsonMessages.read(json, BenefitsEvent.class, "a benefits event");
                yield valid(e.problems(), e::toEvent);
            }
            case HOUSING_TENANCIES -> throw new IllegalArgumentException("Tenancies arrive as extract files, not messages.");
        };
    }

    private static BackOfficeEvent valid(java.util.List<String> problems, java.util.function.Supplier<BackOfficeEvent> event) {
        if (!problems.isEmpty()) {
            throw new InvalidIntakeMessage(problems);
        }
        return event.get();
    }
}
