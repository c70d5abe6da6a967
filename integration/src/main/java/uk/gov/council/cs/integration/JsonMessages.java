package uk.gov.council.cs.integration;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Reads a feed's JSON message into its record, or refuses it with the reason. */
final class JsonMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonMessages() {
    }

    /**
     * Jackson's messages can quote the message's text, so a parse failure becomes a refusal whose
     * reasons go only into quarantine (Camel's last-resort handler logs exception messages).
     *
     * @param what the message's kind in words, for the reason: "a resident", "a housing event"
     */
    static <T> T read(String json, Class<T> type, String what) {
        if (json == null || json.isBlank()) {
            throw new InvalidIntakeMessage(List.of("the message is empty; it should be JSON for " + what + "."));
        }
        try {
            T value = JSON.readValue(json, type);
            if (value == null) {
                throw new InvalidIntakeMessage(List.of("the message is JSON null; it should be JSON for " + what + "."));
            }
            return value;
        } catch (JacksonException e) {
            throw new InvalidIntakeMessage(List.of("the message is not valid JSON for " + what + " (" + e.getOriginalMessage() + ")."));
        }
    }
}
