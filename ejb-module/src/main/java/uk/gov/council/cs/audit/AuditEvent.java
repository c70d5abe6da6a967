package uk.gov.council.cs.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read or change of a person's record: who, when, what and why. Rows are only ever inserted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 50)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "purpose", nullable = false, updatable = false, length = 200)
    private String purpose;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, String action, String subjectType, long subjectId, String purpose) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.purpose = purpose;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getPurpose() {
        return purpose;
    }
}
