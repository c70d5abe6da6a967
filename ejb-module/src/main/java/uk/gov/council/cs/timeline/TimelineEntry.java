package uk.gov.council.cs.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened to a resident, as the single customer view lists it. The capability that
 * owns the thing (contacts, service requests, complaints, a back-office feed) writes the entry in
 * the same transaction as the thing itself and names itself as the source.
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_entry_seq")
    @SequenceGenerator(name = "timeline_entry_seq", sequenceName = "timeline_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(name = "source_type", nullable = false, length = 40)
    private String sourceType;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected TimelineEntry() {
    }

    TimelineEntry(long residentId, Instant occurredAt, String kind, Long serviceId, String summary, String sourceType,
                  long sourceId, String recordedBy) {
        this.residentId = residentId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.serviceId = serviceId;
        this.summary = summary;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getSummary() {
        return summary;
    }

    public String getSourceType() {
        return sourceType;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
