package uk.gov.council.cs.complaints;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.staff.StaffAccounts;
import uk.gov.council.cs.staff.StaffMember;
import uk.gov.council.cs.workingdays.CouncilCalendar;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * Every working morning: finds complaint steps due soon and steps missed, records each breach, and
 * e-mails the officer responsible (and, for a breach, their manager) through the server's mail
 * session. Also run on demand by the complaints team.
 */
@Singleton
@RunAs(Roles.ADMINISTRATOR)
public class ComplaintClocksJob {

    public static final String TEAM_EMAIL_SETTING = "council.complaints.team-email";
    public static final String WORKBENCH_SETTING = "council.url";
    private static final Logger LOG = Logger.getLogger(ComplaintClocksJob.class.getName());

    /** What one run did. */
    public record Run(LocalDate on, int running, int dueSoon, int breached, int emailsSent, int emailsFailed) {
    }

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private CouncilCalendar councilCalendar;

    @EJB
    private StaffAccounts staff;

    @Resource(lookup = "java:jboss/mail/Council")
    private Session mail;

    private final Clock clock = Clock.systemUTC();

    /** The timer's callback: not a business method, so no caller can invoke it; it runs as the bean's RunAs role. */
    @Schedule(dayOfWeek = "Mon-Fri", hour = "7", minute = "0", timezone = "Europe/London", persistent = false)
    void everyWorkingMorning() {
        if (councilCalendar.calendar().isWorkingDay(CouncilTime.today(clock))) {
            check();
        }
    }

    @RolesAllowed({Roles.COMPLAINTS_OFFICER, Roles.ADMINISTRATOR})
    public Run runNow() {
        return check();
    }

    private Run check() {
        LocalDate today = CouncilTime.today(clock);
        int amber = Integer.getInteger(Standing.AMBER_SETTING, Standing.DEFAULT_AMBER_WORKING_DAYS);
        List<Object[]> rows = em.createQuery("SELECT s, c FROM ComplaintStep s, Complaint c WHERE c.id = s.complaintId"
                + " AND s.doneAt IS NULL AND c.state IN :open ORDER BY s.dueOn", Object[].class)
                .setParameter("open", List.of(ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED, ComplaintState.ACCEPTED,
                        ComplaintState.INVESTIGATING)).getResultList();
        Map<Long, ComplaintStep> steps = new HashMap<>();
        Map<String, StaffMember> people = new HashMap<>();
        List<ClockReminders.RunningStep> running = new ArrayList<>();
        for (Object[] row : rows) {
            ComplaintStep s = (ComplaintStep) row[0];
            Complaint c = (Complaint) row[1];
            steps.put(s.getId(), s);
            String owner = ComplaintClock.ownerOf(s.getStep(), c.getLeadOfficer(), c.getInvestigator());
            StaffMember assignee = owner == null ? null : people.computeIfAbsent(owner, staff::member);
            StaffMember manager = assignee == null || assignee.manager() == null ? null
                    : people.computeIfAbsent(assignee.manager(), staff::member);
            running.add(new ClockReminders.RunningStep(s.getId(), c.getReference(), s.getStage(), s.getStep(), s.getDueOn(),
                    Standing.of(s.getDueOn(), null, today, councilCalendar.calendar(), amber), s.getBreachNotifiedOn(), s.getRemindedOn(),
                    assignee == null ? null : assignee.email(), manager == null ? null : manager.email()));
        }
        List<ClockReminders.Reminder> reminders = ClockReminders.due(running, today,
                System.getProperty(TEAM_EMAIL_SETTING, "complaints@council.example"),
                System.getProperty(WORKBENCH_SETTING, "http://localhost:8080/council") + "/complaints/view.xhtml?ref={reference}");
        int sent = 0;
        int failed = 0;
        int breached = 0;
        // A missed deadline is a breach whether or not anyone can be told of it today.
        for (ClockReminders.RunningStep r : running) {
            ComplaintStep step = steps.get(r.stepId());
            if (r.standing() == Standing.RED && step.getBreachedOn() == null) {
                step.breached(step.getDueOn().plusDays(1));
                breached++;
            }
        }
        for (ClockReminders.Reminder r : reminders) {
            ComplaintStep step = steps.get(r.stepId());
            try {
                send(r);
                if (r.kind() == ClockReminders.Kind.BREACHED) {
                    step.breachNotified(today);
                }
                step.reminded(today);
                sent++;
            } catch (MessagingException e) {
                // The reminder is tried again at the next run; the log names only the step.
                LOG.log(Level.WARNING, "Complaint reminder for step " + r.stepId() + " not sent: " + e.getClass().getSimpleName());
                failed++;
            }
        }
        Run run = new Run(today, running.size(), (int) reminders.stream().filter(r -> r.kind() == ClockReminders.Kind.DUE_SOON).count(),
                breached, sent, failed);
        LOG.info("Complaint clocks checked: " + run);
        return run;
    }

    private void send(ClockReminders.Reminder r) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        for (String to : r.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(r.subject(), "UTF-8");
        message.setText(r.body(), "UTF-8");
        Transport.send(message);
    }
}
