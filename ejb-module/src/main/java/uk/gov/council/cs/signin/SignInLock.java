package uk.gov.council.cs.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A temporary lock on an account, from one address or from everywhere, until a time or until lifted. */
@Entity
@Table(name = "sign_in_lock")
public class SignInLock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_lock_seq")
    @SequenceGenerator(name = "sign_in_lock_seq", sequenceName = "sign_in_lock_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    /** Null when the account is locked from every address. */
    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(name = "locked_at", nullable = false, updatable = false)
    private Instant lockedAt;

    @Column(name = "locked_until", nullable = false, updatable = false)
    private Instant lockedUntil;

    @Column(nullable = false, updatable = false)
    private int failures;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by", length = 100)
    private String liftedBy;

    protected SignInLock() {
    }

    SignInLock(String username, String sourceAddress, Instant lockedAt, Instant lockedUntil, int failures) {
        this.username = SignInAttempt.clip(username, 100);
        this.sourceAddress = sourceAddress == null ? null : SignInAttempt.clip(sourceAddress, 64);
        this.lockedAt = lockedAt;
        this.lockedUntil = lockedUntil;
        this.failures = failures;
    }

    void lift(String by, Instant at) {
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public boolean inForceAt(Instant now) {
        return liftedAt == null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }
}
