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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One stage of one complaint: when it was received, acknowledged and answered, by whom and with what finding. */
@Entity
@Table(name = "complaint_stage")
public class ComplaintStage extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_stage_seq")
    @SequenceGenerator(name = "complaint_stage_seq", sequenceName = "complaint_stage_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(nullable = false)
    private int stage;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "escalation_reason", length = 2000)
    private String escalationReason;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(length = 100)
    private String responder;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(length = 8000)
    private String response;

    @Version
    private long version;

    protected ComplaintStage() {
    }

    ComplaintStage(long complaintId, int stage, LocalDate receivedOn, String escalationReason) {
        this.complaintId = complaintId;
        this.stage = stage;
        this.receivedOn = receivedOn;
        this.escalationReason = escalationReason;
    }

    void acknowledged(Instant at) {
        this.acknowledgedAt = at;
    }

    void responded(String by, Instant at, Outcome outcome, String response) {
        this.responder = by;
        this.respondedAt = at;
        this.outcome = outcome;
        this.response = response;
    }

    /** A reopened stage is answered again: the earlier answer stays in the letters and history. */
    void reopened() {
        this.responder = null;
        this.respondedAt = null;
        this.outcome = null;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public int getStage() {
        return stage;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getResponder() {
        return responder;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getResponse() {
        return response;
    }
}
