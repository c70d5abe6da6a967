package uk.gov.council.cs.tools;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Sends messages to one of the council's queues as a back-office system would: the Artemis client
 * over the server's web port (HTTP upgrade), signed in as a user with the back-office-system role.
 * Each non-blank line of the input is one message (JSON lines), so a file of a thousand events is a
 * thousand messages. Used by {@code bin/send-to-queue}.
 *
 * <pre>SendToQueue QUEUE [FILE]   (standard input when no file is named)</pre>
 * Environment: COUNCIL_BROKER (default tcp://localhost:8080), COUNCIL_SYSTEM_USER (back-office-system),
 * COUNCIL_SYSTEM_PASSWORD (demo-password).
 */
public final class SendToQueue {

    /**
     * Messages are sent in transactions of this many: the broker writes each batch to its journal once, instead of
     * once per message, and a batch is either all on the queue or none of it.
     */
    private static final int BATCH = 500;

    private SendToQueue() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SendToQueue QUEUE [FILE]   (one message per non-blank line; standard input without FILE)");
            System.exit(2);
        }
        String broker = env("COUNCIL_BROKER", "tcp://localhost:8080");
        String url = broker + (broker.contains("?") ? "&" : "?") + "httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";
        int sent = 0;
        try (BufferedReader in = args.length == 2 ? Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(url);
             JMSContext jms = connect(cf)) {
            Queue queue = jms.createQueue(args[0]);
            JMSProducer producer = jms.createProducer();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    producer.send(queue, line.strip());
                    sent++;
                    if (sent % BATCH == 0) {
                        jms.commit();
                    }
                }
            }
            jms.commit();
        }
        System.out.println("Sent " + sent + (sent == 1 ? " message" : " messages") + " to " + args[0] + ".");
    }

    private static JMSContext connect(ActiveMQConnectionFactory cf) {
        cf.setEnable1xPrefixes(true);
        return cf.createContext(env("COUNCIL_SYSTEM_USER", "back-office-system"), env("COUNCIL_SYSTEM_PASSWORD", "demo-password"),
                JMSContext.SESSION_TRANSACTED);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
