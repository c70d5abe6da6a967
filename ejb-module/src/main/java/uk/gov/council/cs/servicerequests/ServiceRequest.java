package uk.gov.council.cs.servicerequests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import uk.gov.council.cs.contacts.Channel;

/**
 * One service request with the dates its published standards set when it arrived (a later change
 * of standard does not move them) and when each step was done.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_seq")
    @SequenceGenerator(name = "service_request_seq", sequenceName = "service_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "acknowledge_by")
    private LocalDate acknowledgeBy;

    @Column(name = "fulfil_by")
    private LocalDate fulfilBy;

    @Column(name = "close_by")
    private LocalDate closeBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = 1000)
    private String closingNote;

    @Column(name = "logged_by", nullable = false, length = 100)
    private String loggedBy;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    ServiceRequest(long residentId, ServiceRequestDetails d, Instant receivedAt, Map<Step, LocalDate> due, String loggedBy) {
        this.residentId = residentId;
        this.serviceId = d.serviceId();
        this.channel = d.channel();
        this.description = d.description().strip();
        this.receivedAt = receivedAt;
        this.acknowledgeBy = due.get(Step.ACKNOWLEDGE);
        this.fulfilBy = due.get(Step.FULFIL);
        this.closeBy = due.get(Step.CLOSE);
        this.loggedBy = loggedBy;
    }

    /** Whether the step may be done now, and if not why not; empty when it may. */
    java.util.Optional<String> problemDoing(Step step) {
        if (!step.ofARequest()) {
            return java.util.Optional.of("A service request is acknowledged, fulfilled or closed; answering is measured on"
                    + " calls and webchats.");
        }
        if (closedAt != null) {
            return java.util.Optional.of("The request is closed; nothing more can be done on it.");
        }
        if (doneAt(step) != null) {
            return java.util.Optional.of("The request was already " + step.done() + ".");
        }
        return java.util.Optional.empty();
    }

    /** Closing before fulfilling needs the reason, which is kept as the closing note. */
    java.util.Optional<String> problemClosing(String note) {
        if (fulfilledAt == null && (note == null || note.isBlank())) {
            return java.util.Optional.of("The request was not fulfilled: say why it is closed without being fulfilled"
                    + " (withdrawn, a duplicate, not the council's to do).");
        }
        return java.util.Optional.empty();
    }

    void done(Step step, Instant at, String note) {
        switch (step) {
            case ACKNOWLEDGE -> acknowledgedAt = at;
            case FULFIL -> {
                fulfilledAt = at;
                if (acknowledgedAt == null) {
                    acknowledgedAt = at;
                }
            }
            case CLOSE -> {
                closedAt = at;
                closingNote = note;
                if (acknowledgedAt == null) {
                    acknowledgedAt = at;
                }
            }
        }
    }

    public Instant doneAt(Step step) {
        return switch (step) {
            case ACKNOWLEDGE -> acknowledgedAt;
            case FULFIL -> fulfilledAt;
            case CLOSE -> closedAt;
            case ANSWER -> null;
        };
    }

    public LocalDate dueBy(Step step) {
        return switch (step) {
            case ACKNOWLEDGE -> acknowledgeBy;
            case FULFIL -> fulfilBy;
            case CLOSE -> closeBy;
            case ANSWER -> null;
        };
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public long getServiceId() {
        return serviceId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getDescription() {
        return description;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public String getLoggedBy() {
        return loggedBy;
    }
}
