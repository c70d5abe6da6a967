package uk.gov.council.cs.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.council.cs.complaints.policy.StepDeadline;

/**
 * One clock of one complaint: a step of a stage (acknowledge, respond), due on a working day fixed
 * when the clock started, possibly extended; the breach is recorded when the daily check finds it
 * missed.
 */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_step_seq")
    @SequenceGenerator(name = "complaint_step_seq", sequenceName = "complaint_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false)
    private int stage;

    @Column(nullable = false, length = 40)
    private String step;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "extended_by", nullable = false)
    private int extendedBy;

    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "breached_on")
    private LocalDate breachedOn;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    /** When the officer was told of the breach: set only once the mail server accepted the notice. */
    @Column(name = "breach_notified_on")
    private LocalDate breachNotifiedOn;

    @Version
    private long version;

    protected ComplaintStep() {
    }

    ComplaintStep(long complaintId, StepDeadline deadline) {
        this.complaintId = complaintId;
        this.stage = deadline.stage().number();
        this.step = deadline.step().name();
        this.startedOn = deadline.startedOn();
        this.dueOn = deadline.due();
    }

    /** The deadline as the policy rules see it, to extend it within the limits. */
    StepDeadline deadline(uk.gov.council.cs.complaints.policy.ComplaintPolicy policy) {
        var s = policy.stage(stage);
        return new StepDeadline(s, s.step(step), startedOn, extendedBy, dueOn);
    }

    void extended(StepDeadline extended, String reason) {
        this.extendedBy = extended.extendedBy();
        this.dueOn = extended.due();
        this.extensionReason = extensionReason == null ? reason : extensionReason + "; " + reason;
    }

    void done(Instant at, LocalDate on) {
        this.doneAt = at;
        this.doneOn = on;
        if (on.isAfter(dueOn) && breachedOn == null) {
            this.breachedOn = dueOn.plusDays(1);
        }
    }

    void breached(LocalDate on) {
        this.breachedOn = on;
    }

    void breachNotified(LocalDate on) {
        this.breachNotifiedOn = on;
    }

    public LocalDate getBreachNotifiedOn() {
        return breachNotifiedOn;
    }

    void reminded(LocalDate on) {
        this.remindedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public int getStage() {
        return stage;
    }

    public String getStep() {
        return step;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getExtendedBy() {
        return extendedBy;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public LocalDate getBreachedOn() {
        return breachedOn;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }
}
