package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.delivery.ReportDelivery;
import uk.gov.council.cs.reports.delivery.ReportSubscriptions;
import uk.gov.council.cs.reports.delivery.SubscriptionDetails;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * The administrator's subscriptions to the committee reports: each with its schedule in words and next
 * run, paused or resumed, run now; a new one with its next five runs shown before it is kept; and the
 * delivery log of the one chosen.
 */
@Named
@ViewScoped
public class ReportSubscriptionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("report:", "add:report", "period:", "add:period",
            "schedule:", "add:schedule", "formats:", "add:formats", "recipients:", "add:recipients");

    @EJB
    private transient ReportSubscriptions subscriptions;

    @EJB
    private transient ReportDelivery delivery;

    private List<ReportSubscriptions.SubscriptionView> all;
    private Long shown;
    private List<ReportSubscriptions.RunView> runs = List.of();
    // The form's fields; a new subscription starts with the usual choices (stopChanging).
    private String report;
    private String period;
    private String schedule;
    private boolean pdf;
    private boolean csv;
    private boolean xlsx;
    private String recipients;
    private List<String> preview;
    /** The subscription being changed in the form; none while adding. */
    private Long changing;

    public ReportSubscriptionsView() {
        stopChanging();
    }

    public void load() {
        all = subscriptions.all();
        if (shown != null) {
            runs = subscriptions.runs(shown, 20);
        }
    }

    public void showLog(long id) {
        shown = id;
        load();
    }

    public void pause(long id, boolean pause) {
        subscriptions.pause(id, pause);
        Messages.done(pause ? "Paused: nothing is sent until it is resumed." : "Resumed: its next run will be sent.");
        load();
    }

    public void runNow(long id) {
        ReportDelivery.Pass pass = delivery.runNow(id);
        Messages.done("Run now: " + pass.sent() + (pass.sent() == 1 ? " copy" : " copies") + " sent" + (pass.failed() > 0
                ? ", " + pass.failed() + " refused by the mail server and to be tried again" : "") + ".");
        shown = id;
        load();
    }

    public void showNextRuns() {
        try {
            preview = subscriptions.preview(schedule).stream().map(CouncilTime::readable).toList();
        } catch (DetailsRefused e) {
            preview = List.of();
            Messages.refused(e, FIELDS);
        }
    }

    /** Puts a subscription into the form to be changed. */
    public void change(long id) {
        ReportSubscriptions.SubscriptionView s = subscriptions.find(id);
        changing = id;
        report = s.report();
        period = s.period();
        schedule = s.schedule();
        pdf = s.formats().contains("pdf");
        csv = s.formats().contains("csv");
        xlsx = s.formats().contains("xlsx");
        recipients = String.join("\n", s.recipients());
        preview = List.of();
    }

    /** Leaves the form for a new subscription, with its usual choices. */
    public void stopChanging() {
        changing = null;
        report = ReportKind.QUARTERLY_PERFORMANCE.code();
        period = "last-full-quarter";
        schedule = "quarter-end+10wd@07:00";
        pdf = true;
        csv = false;
        xlsx = false;
        recipients = "role:senior-manager";
        preview = List.of();
    }

    public Long getChanging() {
        return changing;
    }

    public void add() {
        List<String> formats = new ArrayList<>();
        if (pdf) {
            formats.add("pdf");
        }
        if (csv) {
            formats.add("csv");
        }
        if (xlsx) {
            formats.add("xlsx");
        }
        List<String> to = recipients == null ? List.of() : recipients.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        try {
            SubscriptionDetails details = new SubscriptionDetails(report, period, schedule, formats, to);
            ReportSubscriptions.SubscriptionView kept = changing == null ? subscriptions.create(details) : subscriptions.edit(changing, details);
            Messages.done("Subscription " + kept.id() + (changing == null ? " kept: " : " changed: ") + kept.reportTitle() + ", "
                    + kept.scheduleInWords() + ".");
            stopChanging();
            load();
        } catch (DetailsRefused e) {
            Messages.refused(e, FIELDS);
        }
    }

    public String joined(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public String when(Instant instant) {
        return instant == null ? "" : CouncilTime.readable(instant);
    }

    public List<ReportKind> getReports() {
        return List.of(ReportKind.values());
    }

    public List<ReportSubscriptions.SubscriptionView> getAll() {
        return all;
    }

    public Long getShown() {
        return shown;
    }

    public List<ReportSubscriptions.RunView> getRuns() {
        return runs;
    }

    public List<String> getPreview() {
        return preview;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public boolean isPdf() {
        return pdf;
    }

    public void setPdf(boolean pdf) {
        this.pdf = pdf;
    }

    public boolean isCsv() {
        return csv;
    }

    public void setCsv(boolean csv) {
        this.csv = csv;
    }

    public boolean isXlsx() {
        return xlsx;
    }

    public void setXlsx(boolean xlsx) {
        this.xlsx = xlsx;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
