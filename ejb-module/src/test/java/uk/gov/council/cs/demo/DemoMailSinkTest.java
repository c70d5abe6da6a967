package uk.gov.council.cs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The demo's mail sink receives what the server sends, and shows it newest first; off unless switched on. */
class DemoMailSinkTest {

    @Test
    void offUnlessSwitchedOn() {
        DemoMailSink sink = new DemoMailSink();
        sink.start();
        assertFalse(sink.isRunning());
        assertEquals(List.of(), sink.received(10));
    }

    @Test
    void whatTheServerSendsArrivesAndIsShownNewestFirst() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        System.setProperty(DemoMailSink.SWITCH, "true");
        System.setProperty("council.smtp.port", Integer.toString(port));
        DemoMailSink sink = new DemoMailSink();
        try {
            sink.start();
            assertTrue(sink.isRunning());
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", Integer.toString(port));
            Session session = Session.getInstance(smtp);
            for (String subject : List.of("Complaint C5: stage 1 acknowledge deadline missed", "Complaint C6: stage 1 respond due")) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("customer.services@council.example"));
                message.addRecipient(Message.RecipientType.TO, new InternetAddress("casey@council.example"));
                message.setSubject(subject, "UTF-8");
                message.setText("Please deal with it today.", "UTF-8");
                Transport.send(message);
            }
            List<DemoMailSink.SentMail> mail = sink.received(10);
            assertEquals(List.of("Complaint C6: stage 1 respond due", "Complaint C5: stage 1 acknowledge deadline missed"),
                    mail.stream().map(DemoMailSink.SentMail::subject).toList());
            assertEquals(List.of("casey@council.example"), mail.get(0).to());
            assertEquals("customer.services@council.example", mail.get(0).from());
            assertTrue(mail.get(0).body().contains("Please deal with it today."), mail.get(0).body());
            assertEquals(1, sink.received(1).size());
        } finally {
            sink.stop();
            System.clearProperty(DemoMailSink.SWITCH);
            System.clearProperty("council.smtp.port");
        }
    }
}
