package uk.gov.council.cs.integration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import uk.gov.council.cs.backoffice.NoResidentForEvent;
import uk.gov.council.cs.refusals.DetailsRefused;

/**
 * A queue a back-office system sends to: each message is handed to the feed's handler. A message
 * the handler refuses (not valid JSON, a field wrong, nobody to apply it to) is quarantined with
 * every reason; one that fails for any other reason is retried, then quarantined. Either way nothing
 * is lost: the message is acknowledged only once it has been applied or kept as a rejected record.
 */
class QueueFeedRoute extends RouteBuilder {

    /** What a feed does with a message, and with one it cannot apply. */
    interface Handler {
        void accept(String message);

        long quarantine(String message, String reason);
    }

    private static final String ORIGINAL_PAYLOAD = "councilOriginalPayload";

    private final String queue;
    private final String routeId;
    private final Handler handler;
    private final int consumers;

    /**
     * @param consumers how many messages are applied at once; more than one only where two messages never race to
     *                  create the same thing (events: their natural key settles a race; registrations would not)
     */
    QueueFeedRoute(String queue, String routeId, Handler handler, int consumers) {
        this.queue = queue;
        this.routeId = routeId;
        this.handler = handler;
        this.consumers = Math.max(1, consumers);
    }

    String routeId() {
        return routeId;
    }

    @Override
    public void configure() {
        // Bodies, histories and exception messages can quote personal data: Camel logs none of them.
        // Every failure ends as a quarantined record, which the handler logs by id only.
        errorHandler(defaultErrorHandler().logExhausted(false).logExhaustedMessageBody(false)
                .logExhaustedMessageHistory(false).logRetryAttempted(false).logStackTrace(false)
                .logHandled(false));

        // A system may send a new tenant and the tenancy's first event together, on two queues read apart: an
        // event that matches nobody is tried again over about seven seconds (1, 2, 4) before it waits for a person.
        onException(NoResidentForEvent.class)
                .maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff().backOffMultiplier(2)
                .handled(true)
                .process(e -> quarantine(e, "Refused: " + reason(e)));

        onException(DetailsRefused.class)
                .handled(true)
                .process(e -> quarantine(e, "Refused: " + reason(e)));

        onException(Exception.class)
                .maximumRedeliveries(3).redeliveryDelay(500)
                .handled(true)
                .process(e -> quarantine(e, "Could not be processed after 4 attempts: " + reason(e)));

        from("jms:queue:" + queue + "?concurrentConsumers=" + consumers)
                .routeId(routeId)
                .convertBodyTo(String.class)
                .setProperty(ORIGINAL_PAYLOAD, body())
                .process(e -> handler.accept(e.getIn().getBody(String.class)));
    }

    private void quarantine(Exchange e, String reason) {
        handler.quarantine(e.getProperty(ORIGINAL_PAYLOAD, String.class), reason);
    }

    private static String reason(Exchange e) {
        return Refusals.reason(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
    }
}
