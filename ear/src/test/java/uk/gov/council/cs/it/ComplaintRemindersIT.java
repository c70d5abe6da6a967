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

    @Test
    void aBreachNoticeTheMailServerRefusedIsSentAtTheNextRunAndOnlyOnce() throws Exception {
        smtp.stop();
        long id = ComplaintsApi.log("complaints-officer", ComplaintsApi.newResident("Outage"), WorkingDayCount.today().minusDays(21));
        HttpResponse<String> down = Council.postJson("complaints/clocks/run", "complaints-officer", "{}");
        assertEquals(200, down.statusCode(), down::body);
        assertTrue(Council.json(down).get("emailsFailed").asInt() >= 1, () -> "the mail server is down: " + down.body());
        assertTrue(ComplaintsApi.find(id).get("clocks").get(0).hasNonNull("breachedOn"), "the breach is recorded all the same");

        startSmtp();
        String subject = "Complaint C" + id + ": stage 1 acknowledge deadline missed";
        HttpResponse<String> up = Council.postJson("complaints/clocks/run", "complaints-officer", "{}");
        assertEquals(200, up.statusCode(), up::body);
        Council.eventually(Duration.ofSeconds(20), "the breach notice, once the mail server is back", () -> find(subject) != null);
        Council.postJson("complaints/clocks/run", "complaints-officer", "{}");
        // The mail server keeps a copy for each recipient; one notice is one Message-ID.
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).equals(subject)).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count(), "told once, however many runs follow");
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aMissedAcknowledgementIsABreachEmailedToTheLeadOfficerAndTheirManager() throws Exception {
        // Received three weeks ago and logged by the complaints officer, who leads it: the 5-day acknowledgement is long past.
        long id = ComplaintsApi.log("complaints-officer", ComplaintsApi.newResident("Hannah"), WorkingDayCount.today().minusDays(21));
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
