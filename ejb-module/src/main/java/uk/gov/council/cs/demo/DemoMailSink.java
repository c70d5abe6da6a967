package uk.gov.council.cs.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.gov.council.cs.security.Roles;

/**
 * On the demo, where there is no council mail relay, the server's mail goes to a mail sink started
 * with it (GreenMail's SMTP server on the port the mail session sends to), and administrators read
 * what was sent under Mail sent. Switched on by {@code council.demo.mail-sink=true}, which only
 * {@code bin/run} sets; the tests run their own SMTP server instead.
 */
@Singleton
@Startup
public class DemoMailSink {

    public static final String SWITCH = "council.demo.mail-sink";
    private static final Logger LOG = Logger.getLogger(DemoMailSink.class.getName());

    private GreenMail smtp;

    /** One message as it arrived. */
    public record SentMail(Instant receivedAt, String from, List<String> to, String subject, String body) {
    }

    @PostConstruct
    void start() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        int port = Integer.getInteger("council.smtp.port", 2525);
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        LOG.info("Demo mail sink listening on 127.0.0.1:" + port + "; administrators read it under Mail sent");
    }

    @PreDestroy
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @PermitAll
    public boolean isRunning() {
        return smtp != null;
    }

    /** What the server sent, newest first. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<SentMail> received(int max) {
        if (smtp == null) {
            return List.of();
        }
        List<SentMail> mail = new ArrayList<>();
        MimeMessage[] messages = smtp.getReceivedMessages();
        for (int i = messages.length - 1; i >= 0 && mail.size() < max; i--) {
            mail.add(read(messages[i]));
        }
        return mail;
    }

    private static SentMail read(MimeMessage m) {
        try {
            Instant at = m.getReceivedDate() != null ? m.getReceivedDate().toInstant()
                    : m.getSentDate() != null ? m.getSentDate().toInstant() : null;
            Address[] from = m.getFrom();
            List<String> to = m.getAllRecipients() == null ? List.of()
                    : Arrays.stream(m.getAllRecipients()).map(Address::toString).toList();
            return new SentMail(at, from == null || from.length == 0 ? "" : from[0].toString(), to, m.getSubject(), text(m));
        } catch (MessagingException | IOException e) {
            return new SentMail(null, "", List.of(), "(a message that could not be read: " + e.getClass().getSimpleName() + ")", "");
        }
    }

    /** The plain text of a message: the body itself, or its first text part. */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                texts.add(text(multipart.getBodyPart(i)));
            }
            return texts.stream().filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
        }
        return "";
    }
}
