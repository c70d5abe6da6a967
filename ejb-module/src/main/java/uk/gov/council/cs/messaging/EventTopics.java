package uk.gov.council.cs.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;

/**
 * Sends an event as JSON to a topic for back-office systems, through the server's XA connection
 * factory inside the caller's transaction, so that it is sent when, and only when, the change it
 * reports commits. The message's string property {@code type} lets a subscriber select.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventTopics {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    /** @param about what the event is about, for an error message: never personal data */
    public void publish(Topic topic, String type, Object event, String about) {
        try {
            jms.createProducer().setProperty("type", type).send(topic, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " for " + about + " could not be written as JSON", e);
        }
    }
}
