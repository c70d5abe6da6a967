package uk.gov.council.cs.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * A record the reporting warehouse copies: it says when it last changed ({@code changed_at}), so
 * that each load reads only what changed since the one before. Set whenever the record is written;
 * records erased are told to the warehouse by {@code erased_record}.
 */
@MappedSuperclass
public abstract class ChangeStamped {

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @PrePersist
    @PreUpdate
    void stampChange() {
        changedAt = Instant.now();
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
