package uk.gov.council.cs.signin;

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

/** One sign-in attempt worth keeping: every failure and refusal, and the successes that follow failures. Never the password. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    public enum Mechanism { FORM, BASIC, TOKEN }

    public enum Outcome {
        /** Wrong password, unknown or disabled account: said the same way to the person, so as not to tell which. */
        FAILED,
        /** Refused without checking the password because the account is locked from this address. */
        LOCKED_OUT,
        /** A token that is not one of ours, revoked, or not the account's. */
        TOKEN_REFUSED,
        /** A password sent for a system account, which signs in with tokens only. */
        SYSTEM_ACCOUNT,
        SUCCEEDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_attempt_seq")
    @SequenceGenerator(name = "sign_in_attempt_seq", sequenceName = "sign_in_attempt_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "source_address", nullable = false, updatable = false, length = 64)
    private String sourceAddress;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Mechanism mechanism;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Outcome outcome;

    protected SignInAttempt() {
    }

    SignInAttempt(String username, String sourceAddress, Instant attemptedAt, Mechanism mechanism, Outcome outcome) {
        this.username = clip(username, 100);
        this.sourceAddress = clip(sourceAddress, 64);
        this.attemptedAt = attemptedAt;
        this.mechanism = mechanism;
        this.outcome = outcome;
    }

    static String clip(String text, int length) {
        String t = text == null || text.isBlank() ? "(none)" : text.strip();
        return t.length() > length ? t.substring(0, length) : t;
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

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Mechanism getMechanism() {
        return mechanism;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
