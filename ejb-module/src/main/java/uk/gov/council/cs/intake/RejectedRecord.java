package uk.gov.council.cs.intake;

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

/**
 * An incoming record (a queue message, a file row) that could not be accepted, kept exactly as
 * received with the reason, so that staff can see it, correct it and replay it. Nothing is lost.
 */
@Entity
@Table(name = "rejected_record")
public class RejectedRecord {

    public enum Status { QUARANTINED, REPLAYED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rejected_record_seq")
    @SequenceGenerator(name = "rejected_record_seq", sequenceName = "rejected_record_seq", allocationSize = 1)
    private Long id;

    /** Where it came from, for example {@code queue:ResidentIntake}. */
    @Column(nullable = false, length = 100)
    private String source;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false, length = 1000000)
    private String payload;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Version
    private long version;

    protected RejectedRecord() {
    }

    public RejectedRecord(String source, Instant receivedAt, String payload, String reason) {
        this.source = source;
        this.receivedAt = receivedAt;
        this.payload = payload == null ? "" : payload;
        this.reason = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
        this.status = Status.QUARANTINED;
    }

    void resolve(Status outcome, Instant at, String by) {
        if (status != Status.QUARANTINED) {
            throw new AlreadyResolved("Rejected record " + id + " was already " + status.name().toLowerCase()
                    + " by " + resolvedBy + ".");
        }
        this.status = outcome;
        this.resolvedAt = at;
        this.resolvedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getPayload() {
        return payload;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
