package uk.gov.council.cs.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An API token of a system account: its digest (never the token), who issued it, when last used, and whether revoked. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(nullable = false, updatable = false, length = 200)
    private String label;

    @Column(name = "shown_prefix", nullable = false, updatable = false, length = 16)
    private String shownPrefix;

    @Column(nullable = false, updatable = false, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "last_used_on")
    private LocalDate lastUsedOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(String username, String label, String token, Instant createdAt, String createdBy) {
        this.username = username;
        this.label = label;
        this.shownPrefix = ApiTokenFormat.shownPrefix(token);
        this.digest = ApiTokenFormat.digest(token);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void usedOn(LocalDate day) {
        this.lastUsedOn = day;
    }

    void revoke(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getLabel() {
        return label;
    }

    public String getShownPrefix() {
        return shownPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getLastUsedOn() {
        return lastUsedOn;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
