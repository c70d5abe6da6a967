package uk.gov.council.cs.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Version;

/** An action arising from a complaint, with its owner, due date and the evidence that it was done. */
@Entity
@Table(name = "complaint_action")
public class ComplaintAction extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_action_seq")
    @SequenceGenerator(name = "complaint_action_seq", sequenceName = "complaint_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "reported_done_on")
    private LocalDate reportedDoneOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Version
    private long version;

    protected ComplaintAction() {
    }

    ComplaintAction(long complaintId, String description, String owner, LocalDate dueOn) {
        this.complaintId = complaintId;
        this.description = description.strip();
        this.owner = owner.strip();
        this.dueOn = dueOn;
    }

    LearningActions.Progress progress() {
        return new LearningActions.Progress(reportedDoneOn, completedOn, evidence);
    }

    void reportedDone(LocalDate on) {
        this.reportedDoneOn = on;
    }

    void completed(LocalDate on, String evidence, String by) {
        this.completedOn = on;
        this.evidence = evidence.strip();
        this.completedBy = by;
        if (reportedDoneOn == null) {
            reportedDoneOn = on;
        }
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReportedDoneOn() {
        return reportedDoneOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getCompletedBy() {
        return completedBy;
    }
}
