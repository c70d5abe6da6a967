package uk.gov.council.cs.integration;

import com.fasterxml.jackson.core.JacksonException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import uk.gov.council.cs.residents.InvalidResidentDetails;

/**
 * Residents from back-office systems: JSON from the ResidentIntake queue becomes a resident.
 * A message that is not valid JSON or not a valid resident is quarantined with its reason; one
 * that fails for any other reason is retried, then quarantined. Either way nothing is lost: the
 * message is acknowledged only once it is a resident or a rejected record.
 */
class ResidentIntakeRoute extends RouteBuilder {

    static final String ROUTE_ID = "resident-intake";
    private static final String ORIGINAL_PAYLOAD = "councilOriginalPayload";

    private final ResidentIntake intake;

    ResidentIntakeRoute(ResidentIntake intake) {
        this.intake = intake;
    }

    @Override
    public void configure() {
        // Message bodies and histories quote personal data: never put them in the server log.
        errorHandler(defaultErrorHandler().logExhaustedMessageBody(false).logExhaustedMessageHistory(false)
                .logStackTrace(false));

        onException(JacksonException.class, InvalidIntakeMessage.class, InvalidResidentDetails.class)
                .handled(true)
                .process(e -> quarantine(e, "Refused: " + reason(e)));

        onException(Exception.class)
                .maximumRedeliveries(3).redeliveryDelay(500)
                .handled(true)
                .process(e -> quarantine(e, "Could not be processed after 4 attempts: " + reason(e)));

        from("jms:queue:ResidentIntake")
                .routeId(ROUTE_ID)
                .convertBodyTo(String.class)
                .setProperty(ORIGINAL_PAYLOAD, body())
                .unmarshal(new JacksonDataFormat(ResidentIntakeMessage.class))
                .process(e -> intake.accept(e.getIn().getBody(ResidentIntakeMessage.class)));
    }

    private void quarantine(Exchange e, String reason) {
        intake.quarantine(e.getProperty(ORIGINAL_PAYLOAD, String.class), reason);
    }

    private static String reason(Exchange e) {
        Throwable cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (cause instanceof JacksonException json) {
            return "the message is not valid JSON for a resident (" + json.getOriginalMessage() + ").";
        }
        return cause == null ? "unknown reason." : cause.getMessage();
    }
}
