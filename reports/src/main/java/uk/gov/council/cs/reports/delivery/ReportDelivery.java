package uk.gov.council.cs.reports.delivery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.reports.CommitteeReports;
import uk.gov.council.cs.reports.ReportDocument;
import uk.gov.council.cs.reports.ReportFormat;
import uk.gov.council.cs.reports.schedule.DeliverySchedule;
import uk.gov.council.cs.reports.schedule.RelativePeriod;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffMember;
import uk.gov.council.cs.workingdays.CouncilCalendar;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Sends the committee reports on their schedules. Every minute each server looks at every subscription
 * for its latest run due since it was set up (DueRuns): the schedules and runs are kept in the database,
 * so a run missed while the server was down is sent when it comes back, once; and a run is claimed in
 * the database before it is drawn (DeliveryLog#claim), so two servers on one database never both send it.
 * Each recipient's copy is its own delivery, tried again with back-off when the mail server refuses it.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
@RolesAllowed(Roles.ADMINISTRATOR)
// Each step commits on its own (DeliveryLog); drawing a report and talking to the mail server hold no transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportDelivery {

    public static final String JOB = "report-delivery";
    public static final String RETRY_MINUTES = "council.reports.retry-minutes";
    public static final String KEEP_DOCUMENTS_DAYS = "council.reports.keep-documents-days";
    private static final Logger LOG = Logger.getLogger(ReportDelivery.class.getName());

    /** What one pass did. */
    public record Pass(int runsStarted, int sent, int failed, int gaveUp) {
    }

    @Resource(lookup = "java:jboss/datasources/CouncilDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/Council")
    private Session mail;

    @Resource
    private jakarta.ejb.SessionContext session;

    @EJB
    private DeliveryLog log;

    @EJB
    private CommitteeReports reports;

    @EJB
    private StaffAccounts staff;

    @Inject
    private CouncilCalendar calendar;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "committee reports due")
    void everyMinute() {
        try {
            Pass pass = runDue();
            if (pass.runsStarted() + pass.sent() + pass.failed() > 0) {
                LOG.info(() -> "Report delivery: " + pass);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Report delivery could not run (" + e.getClass().getSimpleName() + "); it tries again in a minute.");
        }
    }

    /** Starts every run that is due, tries every delivery that is due, and forgets old documents. */
    public Pass runDue() {
        return ActingAs.job(JOB, () -> {
            Instant now = Instant.now();
            int started = 0;
            for (Subscription s : active()) {
                Optional<Instant> due = DueRuns.latest(s.schedule(), s.since(), now, calendar.calendar());
                if (due.isPresent() && start(s, s.schedule().runKey(due.get()), s.schedule().periodFor(due.get(), s.period()).code())) {
                    started++;
                }
            }
            Pass pass = deliver(started);
            log.forgetOldDocuments(now);
            return pass;
        });
    }

    /** Runs a subscription now, whatever its schedule (the run is logged as run now, by whom). */
    public Pass runNow(long subscriptionId) {
        String who = ActingAs.who(session.getCallerPrincipal());
        return ActingAs.job(JOB, () -> {
            Subscription s = active(subscriptionId, true).stream().findFirst()
                    .orElseThrow(() -> new uk.gov.council.cs.refusals.NotFound("report subscription", subscriptionId));
            Instant now = Instant.now();
            boolean started = start(s, "now " + now, s.period().resolve(CouncilTime.today()).code(), who);
            return deliver(started ? 1 : 0);
        });
    }

    private boolean start(Subscription s, String runKey, String period) {
        return start(s, runKey, period, JOB);
    }

    private boolean start(Subscription s, String runKey, String period, String who) {
        Long run = log.claim(s.id(), runKey, period, who);
        if (run == null) {
            return false;
        }
        try {
            CommitteeReports.Drawn drawn = reports.drawForDelivery(s.report(), period, s.formats());
            log.rendered(run, drawn.empty(), drawn.documents(), Instant.now().plus(Duration.ofDays(keepDays())), addresses(s.recipients()));
        } catch (RuntimeException e) {
            String reason = "The report could not be drawn (" + e.getClass().getSimpleName() + "): " + e.getMessage();
            log.failed(run, reason);
            tellAdministrators("Not drawn: " + uk.gov.council.cs.reports.content.ReportKind.ofCode(s.report()).title() + ", " + period, reason + "\n\nSee the delivery log of"
                    + " subscription " + s.id() + " under Reports, Subscriptions; Run now sends it once the cause is put right.\n");
        }
        return true;
    }

    private Pass deliver(int started) {
        RetryPolicy retries = RetryPolicy.parse(System.getProperty(RETRY_MINUTES, "5,20,80"));
        int sent = 0;
        int failed = 0;
        int gaveUp = 0;
        for (DeliveryLog.Due d : log.due(Instant.now())) {
            // Taken for ten minutes: another server skips it meanwhile; a server that dies leaves it to be tried then.
            if (!log.take(d, Instant.now().plus(Duration.ofMinutes(10)))) {
                continue;
            }
            int attempts = d.attempts() + 1;
            try {
                send(d);
                log.sent(d.id(), attempts);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                Optional<Instant> retry = retries.nextAttempt(attempts, Instant.now());
                log.attemptFailed(d.id(), attempts, error, retry.orElse(null));
                failed++;
                if (retry.isEmpty()) {
                    gaveUp++;
                    alertAdministrators(d, attempts, error);
                }
            }
        }
        log.settleRuns();
        return new Pass(started, sent, failed, gaveUp);
    }

    private void send(DeliveryLog.Due d) throws MessagingException {
        Run run = run(d.runId());
        MimeMessage message = new MimeMessage(mail);
        message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(d.recipient()));
        message.setSubject(run.title(), "UTF-8");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Attached: " + run.title() + ", from the council's reporting warehouse.\n\n"
                + (run.empty() ? "The warehouse holds no records for this period, so every figure is nil; the report is sent all the same.\n\n" : "")
                + "It is sent to you by subscription " + run.subscriptionId() + " of the customer services system; the council's"
                + " administrators change who receives it. The report holds figures only, no personal data.\n", "UTF-8");
        parts.addBodyPart(text);
        for (ReportDocument document : log.documents(d.runId())) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(document.content(),
                    document.mediaType().split(";")[0])));
            attachment.setFileName(document.fileName());
            parts.addBodyPart(attachment);
        }
        message.setContent(parts);
        Transport.send(message);
    }

    private void alertAdministrators(DeliveryLog.Due d, int attempts, String error) {
        Run run;
        try {
            run = run(d.runId());
        } catch (RuntimeException e) {
            LOG.warning(() -> "The administrators could not be told of a report not sent (" + e.getClass().getSimpleName() + ").");
            return;
        }
        tellAdministrators("Not sent: " + run.title(), run.title() + " could not be sent to " + d.recipient() + " after " + attempts
                + " attempts. The mail server said: " + error + "\n\nSee the delivery log of subscription " + run.subscriptionId()
                + " under Reports, Subscriptions.\n");
    }

    /** An e-mail to every administrator with an address; a failure to send it is logged, never thrown. */
    private void tellAdministrators(String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(mail);
            for (StaffMember admin : staff.withRole(Roles.ADMINISTRATOR)) {
                if (admin.email() != null) {
                    message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(admin.email()));
                }
            }
            if (message.getAllRecipients() == null) {
                return;
            }
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "The administrators could not be told of a report not sent (" + e.getClass().getSimpleName() + ").");
        }
    }

    /** The addresses of the recipients as they stand today: a role's members with an e-mail address, a named officer's. */
    private List<String> addresses(List<Recipient> recipients) {
        Set<String> addresses = new LinkedHashSet<>();
        for (Recipient r : recipients) {
            switch (r.kind()) {
                case ROLE -> staff.withRole(r.value()).stream().map(StaffMember::email).filter(e -> e != null && !e.isBlank())
                        .forEach(addresses::add);
                case STAFF -> {
                    StaffMember member = staff.member(r.value());
                    if (member != null && member.enabled() && member.email() != null) {
                        addresses.add(member.email());
                    }
                }
                case EXTERNAL -> addresses.add(r.value());
            }
        }
        return new ArrayList<>(addresses);
    }

    private static long keepDays() {
        return Long.getLong(KEEP_DOCUMENTS_DAYS, 30);
    }

    private record Subscription(long id, String report, RelativePeriod period, DeliverySchedule schedule, Set<ReportFormat> formats,
                                List<Recipient> recipients, Instant since) {
    }

    private record Run(long subscriptionId, String title, boolean empty) {
    }

    private List<Subscription> active() {
        return active(null, false);
    }

    private List<Subscription> active(Long id, boolean evenPaused) {
        List<Subscription> subscriptions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, report, period, schedule, formats, recipients, changed_at"
                     + " FROM warehouse.report_subscription WHERE " + (evenPaused ? "TRUE" : "paused = FALSE")
                     + (id == null ? "" : " AND id = " + id) + " ORDER BY id")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Set<ReportFormat> formats = new LinkedHashSet<>();
                    for (String f : rs.getString(5).split(",")) {
                        formats.add(ReportFormat.of(f));
                    }
                    List<Recipient> recipients = new ArrayList<>();
                    for (String r : rs.getString(6).split("\n")) {
                        try {
                            recipients.add(Recipient.parse(r, ReportSubscriptions.externalDomains()));
                        } catch (IllegalArgumentException e) {
                            // An external domain no longer allowed: that recipient is no longer sent to.
                        }
                    }
                    subscriptions.add(new Subscription(rs.getLong(1), rs.getString(2), RelativePeriod.parse(rs.getString(3)),
                            DeliverySchedule.parse(rs.getString(4)), formats, recipients, rs.getTimestamp(7).toInstant()));
                }
            }
            return subscriptions;
        } catch (SQLException e) {
            throw DeliveryLog.failed("reading subscriptions", e);
        }
    }

    private Run run(long runId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT r.subscription_id, s.report, r.period, r.empty_report FROM warehouse.report_run r"
                     + " JOIN warehouse.report_subscription s ON s.id = r.subscription_id WHERE r.id = ?")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                String title = uk.gov.council.cs.reports.content.ReportKind.ofCode(rs.getString(2)).title() + ": "
                        + uk.gov.council.cs.reports.schedule.ReportPeriod.parse(rs.getString(3)).label();
                return new Run(rs.getLong(1), title, rs.getBoolean(4));
            }
        } catch (SQLException e) {
            throw DeliveryLog.failed("reading a run", e);
        }
    }
}
