package uk.gov.council.cs.complaints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;

/**
 * Publishes complaint events to the Artemis topic {@code ComplaintEvents} through the server's
 * XA connection factory, so an event is sent when, and only when, the change it reports commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintEvents {

    public static final String TOPIC = "java:/jms/topic/ComplaintEvents";
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = TOPIC)
    private Topic topic;

    public void publish(ComplaintEvent event) {
        try {
            jms.createProducer().setProperty("type", event.type()).send(topic, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Complaint event " + event.type() + " for " + event.reference()
                    + " could not be written as JSON", e);
        }
    }
}
