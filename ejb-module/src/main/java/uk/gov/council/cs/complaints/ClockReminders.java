package uk.gov.council.cs.complaints;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the daily check of the complaint clocks does with each running step: a step due soon
 * (amber) reminds its assignee once a day; a step found overdue is recorded as breached and its
 * assignee and their manager are told, once the mail server accepts the notice (until then it is
 * tried again at each run). The e-mails name the complaint by reference only.
 */
public final class ClockReminders {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private ClockReminders() {
    }

    /** A running step with whoever should hear about it. Addresses may be null when unknown. */
    public record RunningStep(long stepId, String reference, int stage, String step, LocalDate dueOn, Standing standing,
                              LocalDate breachNotifiedOn, LocalDate remindedOn, String assigneeEmail, String managerEmail) {
    }

    public enum Kind { DUE_SOON, BREACHED }

    public record Reminder(long stepId, Kind kind, Set<String> to, String subject, String body) {
    }

    /**
     * @param teamEmail the complaints team's mailbox, for steps nobody has been given yet
     * @param link      the workbench address of the complaint, with {reference}
     */
    public static List<Reminder> due(List<RunningStep> steps, LocalDate today, String teamEmail, String link) {
        List<Reminder> reminders = new ArrayList<>();
        for (RunningStep s : steps) {
            String what = "stage " + s.stage() + " " + s.step();
            String where = link.replace("{reference}", s.reference());
            Set<String> to = new LinkedHashSet<>();
            to.add(s.assigneeEmail() == null ? teamEmail : s.assigneeEmail());
            if (s.standing() == Standing.RED && s.breachNotifiedOn() == null) {
                if (s.managerEmail() != null) {
                    to.add(s.managerEmail());
                }
                reminders.add(new Reminder(s.stepId(), Kind.BREACHED, to,
                        "Complaint " + s.reference() + ": " + what + " deadline missed",
                        "The " + what + " of complaint " + s.reference() + " was due on " + DATE.format(s.dueOn())
                                + " and has not been done. The breach has been recorded.\n\nPlease deal with it today: "
                                + where + "\n"));
            } else if (s.standing() == Standing.AMBER && !today.equals(s.remindedOn())) {
                reminders.add(new Reminder(s.stepId(), Kind.DUE_SOON, to,
                        "Complaint " + s.reference() + ": " + what + " due " + DATE.format(s.dueOn()),
                        "The " + what + " of complaint " + s.reference() + " is due on " + DATE.format(s.dueOn())
                                + ".\n\n" + where + "\n"));
            }
        }
        return reminders;
    }
}
