package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription to the quarterly report, due two minutes from now: the server's own timer sends it,
 * the mail server in the test receives it with the PDF and CSV attached, the delivery log says sent,
 * and it is never sent again; a copy the mail server refuses is tried again until it goes, once.
 */
class ReportSubscriptionDeliveryIT extends DeployedCouncil {

    private static final String SENIOR_MANAGER = "senior-manager@council.example";

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("council.it.smtp.port", 10025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        ServerSettings.remove("council.reports.retry-minutes");
    }

    @Test
    void theTimerSendsTheRunOnceWithTheReportAttached() throws Exception {
        Warehouse.loadChanges();
        ZonedDateTime due = ZonedDateTime.now(ZoneId.of("Europe/London")).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        String schedule = "weekly " + due.getDayOfWeek() + "@" + String.format("%02d:%02d", due.getHour(), due.getMinute());
        JsonNode subscription = create(schedule, "\"pdf\", \"csv\"");
        assertEquals(due.toInstant(), Instant.parse(subscription.get("nextRuns").get(0).asText()), subscription::toString);
        assertTrue(subscription.get("scheduleInWords").asText().startsWith("every " + due.getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.FULL, Locale.UK)), subscription::toString);

        Council.eventually(Duration.ofSeconds(200), "the report mailed by the server's own timer", () -> !to(SENIOR_MANAGER).isEmpty());
        MimeMessage mail = to(SENIOR_MANAGER).get(0);
        assertTrue(mail.getSubject().startsWith("Quarterly performance report: Q"), mail.getSubject());
        List<String> attachments = attachments(mail);
        assertEquals(2, attachments.size(), attachments::toString);
        assertTrue(attachments.stream().anyMatch(a -> a.matches("quarterly-performance-\\d{4}-\\d{2}-Q\\d\\.pdf")), attachments::toString);
        assertTrue(attachments.stream().anyMatch(a -> a.matches("quarterly-performance-\\d{4}-\\d{2}-Q\\d\\.csv")), attachments::toString);

        long id = subscription.get("id").asLong();
        Council.eventually(Duration.ofSeconds(30), "the run settled as sent", () -> "SENT".equals(latestRun(id).get("status").asText()));
        JsonNode run = latestRun(id);
        assertEquals(due.toLocalDateTime().toString(), run.get("runKey").asText());
        assertEquals("SENT", run.get("deliveries").get(0).get("status").asText(), run::toString);

        HttpResponse<String> again = Council.postJson("report-subscriptions/run-due", "administrator", "{}");
        assertEquals(200, again.statusCode(), again::body);
        assertEquals(0, Council.json(again).get("runsStarted").asInt(), "a run already sent is not started again");
        assertEquals(1, runs(id).size());
        assertEquals(1, to(SENIOR_MANAGER).size(), "sent once");
    }

    @Test
    void aCopyTheMailServerRefusedIsSentWhenItIsBackAndOnlyOnce() throws Exception {
        ServerSettings.set("council.reports.retry-minutes", "0,0,0,0,0,0,0,0");
        JsonNode subscription = create("yearly 01-01@07:00", "\"pdf\"");
        long id = subscription.get("id").asLong();
        smtp.stop();
        HttpResponse<String> down = Council.postJson("report-subscriptions/" + id + "/run-now", "administrator", "{}");
        assertEquals(200, down.statusCode(), down::body);
        assertEquals(1, Council.json(down).get("failed").asInt(), down::body);
        JsonNode delivery = latestRun(id).get("deliveries").get(0);
        assertEquals("PENDING", delivery.get("status").asText(), delivery::toString);
        assertTrue(delivery.get("lastError").asText().contains("MailConnectException")
                || delivery.get("lastError").asText().contains("MessagingException"), delivery::toString);

        startSmtp();
        Council.postJson("report-subscriptions/run-due", "administrator", "{}");
        Council.eventually(Duration.ofSeconds(90), "the copy sent once the mail server is back", () -> !to(SENIOR_MANAGER).isEmpty());
        Council.eventually(Duration.ofSeconds(30), "the run settled as sent", () -> "SENT".equals(latestRun(id).get("status").asText()));
        JsonNode sent = latestRun(id).get("deliveries").get(0);
        assertTrue(sent.get("attempts").asInt() >= 2, sent::toString);
        Council.postJson("report-subscriptions/run-due", "administrator", "{}");
        assertEquals(1, to(SENIOR_MANAGER).size(), "sent once, however many passes follow");
    }

    @Test
    void aSubscriptionWithMistakesIsRefusedWithEveryOne() {
        HttpResponse<String> r = Council.postJson("report-subscriptions", "administrator", "{\"report\":\"equality\","
                + "\"period\":\"last-full-quarter\",\"schedule\":\"every day\",\"formats\":[\"doc\"],\"recipients\":[\"someone@gmail.com\"]}");
        assertEquals(400, r.statusCode(), r::body);
        String problems = Council.json(r).get("problems").toString();
        assertTrue(problems.contains("period: the equality report is for a financial year"), problems);
        assertTrue(problems.contains("schedule:"), problems);
        assertTrue(problems.contains("formats: \\\"doc\\\" is not a format"), problems);
        assertTrue(problems.contains("recipients: Reports may not be sent to gmail.com"), problems);
        assertEquals(403, Council.postJson("report-subscriptions", "senior-manager", "{}").statusCode());
    }

    private static JsonNode create(String schedule, String formats) {
        HttpResponse<String> r = Council.postJson("report-subscriptions", "administrator", "{\"report\":\"quarterly-performance\","
                + "\"period\":\"last-full-quarter\",\"schedule\":\"" + schedule + "\",\"formats\":[" + formats + "],"
                + "\"recipients\":[\"role:senior-manager\"]}");
        assertEquals(201, r.statusCode(), r::body);
        return Council.json(r);
    }

    private static List<JsonNode> runs(long id) {
        List<JsonNode> runs = new ArrayList<>();
        Council.json(Council.get("report-subscriptions/" + id + "/runs", "administrator")).forEach(runs::add);
        return runs;
    }

    private static JsonNode latestRun(long id) {
        return runs(id).get(0);
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> attachments(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            }
        }
        return names;
    }
}
