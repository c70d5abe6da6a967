package uk.gov.council.cs.dataprotection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one run of the retention job did, in words, for the data protection officer. No personal data. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "ran_by", nullable = false, length = 100)
    private String ranBy;

    @Column(nullable = false, length = 4000)
    private String report;

    protected RetentionRun() {
    }

    RetentionRun(Instant ranAt, String ranBy, String report) {
        this.ranAt = ranAt;
        this.ranBy = ranBy;
        this.report = report;
    }

    public Long getId() {
        return id;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public String getRanBy() {
        return ranBy;
    }

    public String getReport() {
        return report;
    }
}
