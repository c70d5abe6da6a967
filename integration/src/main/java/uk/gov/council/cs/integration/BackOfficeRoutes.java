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
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;

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

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @EJB
    private ResidentIntake residentIntake;

    private CamelContext camel;

    @PostConstruct
    void start() {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("back-office");
        // Client acknowledgement: a message is acknowledged only after the route has finished with it.
        context.addComponent("jms", JmsComponent.jmsComponentClientAcknowledge(connectionFactory));
        try {
            context.addRoutes(new ResidentIntakeRoute(residentIntake));
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
        return camel != null && camel.getStatus() == ServiceStatus.Started
                && camel.getRouteController().getRouteStatus(ResidentIntakeRoute.ROUTE_ID) == ServiceStatus.Started;
    }
}
