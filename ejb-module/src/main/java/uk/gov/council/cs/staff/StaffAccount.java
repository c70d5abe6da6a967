package uk.gov.council.cs.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A member of staff who signs in. WildFly's Elytron JDBC realm reads this table directly
 * (ear/src/main/wildfly/cli/security.cli), so column names are part of the server configuration.
 */
@Entity
@Table(name = "staff_user")
public class StaffAccount {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Modular-crypt bcrypt hash ({@code $2a$...}); never the password. */
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    /** A person signs in with a password; a system calls the API with tokens. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StaffKind kind = StaffKind.PERSON;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where reminders about the member of staff's work go. */
    @Column(length = 200)
    private String email;

    /** Username of their line manager, copied into reminders of missed deadlines. */
    @Column(length = 100)
    private String manager;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name", length = 50)
    private Set<String> roles = new HashSet<>();

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, StaffKind kind, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.kind = kind;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
    }

    void replaceRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public StaffKind getKind() {
        return kind;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void reachAt(String email, String manager) {
        this.email = email;
        this.manager = manager;
    }

    public String getEmail() {
        return email;
    }

    public String getManager() {
        return manager;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
