package uk.gov.council.cs.integration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import uk.gov.council.cs.backoffice.Feed;

/**
 * The Camel context of the back-office integration, started with the application (after the
 * operational schema is up to date) and stopped with it. Camel consumes from the server's
 * embedded Artemis broker through its in-VM connection factory.
 */
@Singleton
@Startup
@DependsOn("ejb-module.jar#OperationalSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackOfficeRoutes {

    private static final Logger LOG = Logger.getLogger(BackOfficeRoutes.class.getName());

    /** How many events of each event queue are applied at once (the resident intake takes one at a time); 1 until a kill test with more has passed. */
    public static final String CONSUMERS = "council.feeds.consumers";
    /** How often a feed's inbox is looked at, in milliseconds. */
    public static final String POLL_MILLIS = "council.feeds.poll-millis";

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @EJB
    private ResidentIntake residentIntake;

    @EJB
    private BackOfficeFeeds feeds;

    private CamelContext camel;
    private final List<String> routeIds = new ArrayList<>();

    @PostConstruct
    void start() {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("back-office");
        // Client acknowledgement: a message is acknowledged only after the route has finished with it.
        context.addComponent("jms", JmsComponent.jmsComponentClientAcknowledge(connectionFactory));
        try {
            List<QueueFeedRoute> routes = new ArrayList<>();
            routes.add(new QueueFeedRoute("ResidentIntake", "resident-intake", new QueueFeedRoute.Handler() {
                @Override
                public void accept(String message) {
                    residentIntake.accept(JsonMessages.read(message, ResidentIntakeMessage.class, "a resident"));
                }

                @Override
                public long quarantine(String message, String reason) {
                    return residentIntake.quarantine(message, reason);
                }
            }, 1));
            for (Feed feed : Feed.values()) {
                if (feed.arrival() != Feed.Arrival.QUEUE) {
                    continue;
                }
                routes.add(new QueueFeedRoute(feed.channel(), feed.job(), new QueueFeedRoute.Handler() {
                    @Override
                    public void accept(String message) {
                        feeds.accept(feed, message);
                    }

                    @Override
                    public long quarantine(String message, String reason) {
                        return feeds.quarantine(feed, message, reason);
                    }
                }, Integer.getInteger(CONSUMERS, 1)));
            }
            for (QueueFeedRoute route : routes) {
                context.addRoutes(route);
                routeIds.add(route.routeId());
            }
            ExtractFolders tenancies = new ExtractFolders(Feed.HOUSING_TENANCIES.folder());
            tenancies.create();
            int returned = tenancies.returnUnfinished();
            if (returned > 0) {
                LOG.warning(() -> returned + " tenancy files left half-read by the last stop are read again");
            }
            ExtractFolderRoute tenancyFiles = new ExtractFolderRoute(tenancies, Feed.HOUSING_TENANCIES.job(),
                    new TenancyExtractFiles(feeds), Long.getLong(POLL_MILLIS, 5000));
            context.addRoutes(tenancyFiles);
            routeIds.add(tenancyFiles.routeId());
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException("The back-office routes could not start: " + e.getMessage(), e);
        }
        camel = context;
        LOG.info(() -> "Back-office routes started: " + context.getRoutes().size());
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** For the readiness check. */
    @PermitAll
    public boolean isStarted() {
        return camel != null && camel.getStatus() == ServiceStatus.Started && !routeIds.isEmpty()
                && routeIds.stream().allMatch(id -> camel.getRouteController().getRouteStatus(id) == ServiceStatus.Started);
    }
}
