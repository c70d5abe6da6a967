package uk.gov.council.cs.tools;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) that writes one line per recipient of every message it accepts, for
 * bin/prove-report-delivery to count: several servers send to it, so the count of lines per run and
 * recipient is what proves a report was sent once. A line is tab separated: received (epoch millis),
 * envelope recipient, the subscription named in the body ("-" if none, e.g. a complaint reminder),
 * subject, attachment names.
 *
 * <pre>java -cp ... uk.gov.council.cs.tools.RecordingMailServer PORT FILE</pre>
 */
public final class RecordingMailServer {

    private static final Pattern SUBSCRIPTION = Pattern.compile("by subscription (\\d+) of");

    private RecordingMailServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MessageDeliveryHandler store = smtp.getUserManager().getMessageDeliveryHandler();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            // Called once per envelope recipient, so a message to two addresses gives two lines.
            smtp.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
                String line = System.currentTimeMillis() + "\t" + recipient.getEmail() + "\t" + describe(message.getMessage());
                synchronized (out) {
                    out.println(line);
                }
                return store.handle(message, recipient);
            });
            Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
            System.out.println("Recording SMTP server on 127.0.0.1:" + port + ", writing " + file);
            new CountDownLatch(1).await();
        }
    }

    private static String describe(MimeMessage message) {
        try {
            List<String> attachments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            walk(message, text, attachments);
            Matcher m = SUBSCRIPTION.matcher(text.toString().replaceAll("\\s+", " "));
            String subject = message.getSubject() == null ? "" : message.getSubject().replaceAll("[\\t\\r\\n]+", " ");
            return (m.find() ? m.group(1) : "-") + "\t" + subject + "\t" + String.join(",", attachments);
        } catch (Exception e) {
            // Still a message received: counted, with why it could not be read.
            return "?\tunreadable (" + e.getClass().getSimpleName() + ")\t";
        }
    }

    private static void walk(Part part, StringBuilder text, List<String> attachments) throws Exception {
        if (part.getFileName() != null) {
            attachments.add(part.getFileName());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent()).append('\n');
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                walk(child, text, attachments);
            }
        }
    }
}
