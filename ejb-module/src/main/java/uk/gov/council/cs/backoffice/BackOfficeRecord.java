package uk.gov.council.cs.backoffice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record a feed has applied, by its natural key; a second arrival is counted here and changes nothing. */
@Entity
@Table(name = "back_office_record")
public class BackOfficeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "back_office_record_seq")
    @SequenceGenerator(name = "back_office_record_seq", sequenceName = "back_office_record_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Feed feed;

    @Column(name = "record_key", nullable = false, length = 120)
    private String recordKey;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(nullable = false)
    private int residents;

    @Column(nullable = false)
    private int duplicates;

    @Column(name = "last_duplicate_at")
    private Instant lastDuplicateAt;

    /** For rows of an extract: a digest of the row as last applied, so that an unchanged row is a duplicate. */
    @Column(name = "content_hash", length = 64)
    private String contentHash;

    /** For rows of an extract: the resident the row was matched to. */
    @Column(name = "resident_id")
    private Long residentId;

    /** How many different versions of the row have been applied (1 for an event). */
    @Column(nullable = false)
    private int versions = 1;

    protected BackOfficeRecord() {
    }

    BackOfficeRecord(Feed feed, String recordKey, String recordType, Instant occurredAt, Instant appliedAt, int residents) {
        this.feed = feed;
        this.recordKey = recordKey;
        this.recordType = recordType;
        this.occurredAt = occurredAt;
        this.appliedAt = appliedAt;
        this.residents = residents;
    }

    BackOfficeRecord(Feed feed, String recordKey, String recordType, Instant occurredAt, Instant appliedAt,
                     String contentHash, long residentId) {
        this(feed, recordKey, recordType, occurredAt, appliedAt, 1);
        this.contentHash = contentHash;
        this.residentId = residentId;
    }

    /** A new version of an extract's row, applied. */
    void changed(String newHash, Instant at, long resident) {
        contentHash = newHash;
        appliedAt = at;
        residentId = resident;
        versions++;
    }

    void seenAgain(Instant at) {
        duplicates++;
        lastDuplicateAt = at;
    }

    public Long getId() {
        return id;
    }

    public Feed getFeed() {
        return feed;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public String getRecordType() {
        return recordType;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public int getResidents() {
        return residents;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public Instant getLastDuplicateAt() {
        return lastDuplicateAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Long getResidentId() {
        return residentId;
    }

    public int getVersions() {
        return versions;
    }
}
