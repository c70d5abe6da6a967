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

/** One thing that happened to a complaint: what, when, by whom, at which stage, and why. */
@Entity
@Table(name = "complaint_history")
public class ComplaintHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_history_seq")
    @SequenceGenerator(name = "complaint_history_seq", sequenceName = "complaint_history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "done_by", nullable = false, length = 100)
    private String doneBy;

    @Column(nullable = false, length = 40)
    private String what;

    @Column(nullable = false)
    private int stage;

    @Column(length = 2000)
    private String note;

    protected ComplaintHistory() {
    }

    ComplaintHistory(long complaintId, Instant happenedAt, String doneBy, String what, int stage, String note) {
        this.complaintId = complaintId;
        this.happenedAt = happenedAt;
        this.doneBy = doneBy;
        this.what = what;
        this.stage = stage;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getWhat() {
        return what;
    }

    public int getStage() {
        return stage;
    }

    public String getNote() {
        return note;
    }
}
