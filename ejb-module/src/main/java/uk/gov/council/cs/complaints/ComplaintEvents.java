package uk.gov.council.cs.complaints;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;
import uk.gov.council.cs.messaging.EventTopics;

/** Publishes complaint events to the Artemis topic {@code ComplaintEvents} when the change they report commits. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintEvents {

    public static final String TOPIC = "java:/jms/topic/ComplaintEvents";

    @Inject
    private EventTopics topics;

    @Resource(lookup = TOPIC)
    private Topic topic;

    public void publish(ComplaintEvent event) {
        topics.publish(topic, event.type(), event, event.reference());
    }
}
