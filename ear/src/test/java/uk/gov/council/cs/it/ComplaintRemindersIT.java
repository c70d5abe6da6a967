package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The daily clock check against a real SMTP server (GreenMail, on the port the server under test
 * was started with): a missed deadline is recorded as a breach and e-mailed to the officer and their manager.
 */
class ComplaintRemindersIT extends DeployedCouncil {

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("council.it.smtp.port", 10025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aMissedAcknowledgementIsABreachEmailedToTheLeadOfficerAndTheirManager() throws Exception {
        // Received three weeks ago and logged by the complaints officer, who leads it: the 5-day acknowledgement is long past.
        long id = ComplaintsApi.log("complaints-officer", ComplaintsApi.newResident("Hannah"), LocalDate.now().minusDays(21));
        assertEquals("RED", ComplaintsApi.find(id).get("clocks").get(0).get("standing").asText());

        HttpResponse<String> run = Council.postJson("complaints/clocks/run", "complaints-officer", "{}");
        assertEquals(200, run.statusCode(), run::body);
        assertTrue(Council.json(run).get("breached").asInt() >= 1, run::body);

        String subject = "Complaint C" + id + ": stage 1 acknowledge deadline missed";
        Council.eventually(Duration.ofSeconds(20), "the breach e-mail", () -> find(subject) != null);
        MimeMessage mail = find(subject);
        List<String> to = Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        assertEquals(List.of("complaints-officer@council.example", "head-of-service@council.example"), to);
        String body = mail.getContent().toString();
        assertTrue(body.contains("complaints/view.xhtml?ref=C" + id) && !body.contains("Hannah"), "reference only, no name: " + body);

        JsonNode clock = ComplaintsApi.find(id).get("clocks").get(0);
        assertTrue(clock.hasNonNull("breachedOn"), "the breach is recorded: " + clock);
        int before = smtp.getReceivedMessages().length;
        Council.postJson("complaints/clocks/run", "complaints-officer", "{}");
        assertEquals(0, Arrays.stream(smtp.getReceivedMessages()).skip(before).filter(m -> subjectOf(m).equals(subject)).count(),
                "a breach is told once");
        assertEquals(403, Council.postJson("complaints/clocks/run", "adviser", "{}").statusCode());
    }

    private static MimeMessage find(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).equals(subject)).findFirst().orElse(null);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
