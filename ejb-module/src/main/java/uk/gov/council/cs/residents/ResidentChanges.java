package uk.gov.council.cs.residents;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import jakarta.transaction.Transactional;
import uk.gov.council.cs.messaging.EventTopics;

/** Publishes resident changes to the Artemis topic {@code ResidentChanges} when they commit. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResidentChanges {

    public static final String TOPIC = "java:/jms/topic/ResidentChanges";

    @Inject
    private EventTopics topics;

    @Resource(lookup = TOPIC)
    private Topic topic;

    public void publish(ResidentChange change) {
        // The resident's id only in any error: the change itself is personal data.
        topics.publish(topic, change.type(), change, "resident " + change.residentId());
    }
}
