package uk.gov.council.cs.integration;

import com.fasterxml.jackson.core.JacksonException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;

/**
 * Residents from back-office systems: JSON from the ResidentIntake queue becomes a resident.
 * A message that is not valid JSON or not a valid resident is quarantined with its reason; one
 * that fails for any other reason is retried, then quarantined. Either way nothing is lost: the
 * message is acknowledged only once it is a resident or a rejected record.
 */
class ResidentIntakeRoute extends RouteBuilder {

    static final String ROUTE_ID = "resident-intake";
    private static final String ORIGINAL_PAYLOAD = "councilOriginalPayload";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResidentIntake intake;

    ResidentIntakeRoute(ResidentIntake intake) {
        this.intake = intake;
    }

    @Override
    public void configure() {
        // Bodies, histories and exception messages can quote personal data: Camel logs none of them.
        // Every failure ends as a quarantined record, which ResidentIntake logs by id only.
        errorHandler(defaultErrorHandler().logExhausted(false).logExhaustedMessageBody(false)
                .logExhaustedMessageHistory(false).logRetryAttempted(false).logStackTrace(false)
                .logHandled(false));

        onException(DetailsRefused.class)
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
                .process(e -> intake.accept(parse(e.getIn().getBody(String.class))));
    }

    /**
     * Jackson's messages can quote the message's text, so a parse failure becomes a refusal whose
     * reasons go only into quarantine (Camel's last-resort handler logs exception messages).
     */
    static ResidentIntakeMessage parse(String json) {
        try {
            return JSON.readValue(json, ResidentIntakeMessage.class);
        } catch (JacksonException e) {
            throw new InvalidIntakeMessage(List.of("the message is not valid JSON for a resident (" + e.getOriginalMessage() + ")."));
        }
    }

    private void quarantine(Exchange e, String reason) {
        intake.quarantine(e.getProperty(ORIGINAL_PAYLOAD, String.class), reason);
    }

    private static String reason(Exchange e) {
        Throwable cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (cause instanceof DetailsRefused refused) {
            return String.join(" ", refused.problems());
        }
        return cause == null ? "unknown reason." : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
