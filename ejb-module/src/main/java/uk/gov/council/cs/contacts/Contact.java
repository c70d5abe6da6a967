package uk.gov.council.cs.contacts;

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

/** One contact between a resident and the council, on one channel, about one service. */
@Entity
@Table(name = "contact")
public class Contact extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type", nullable = false, length = 20)
    private ContactType contactType;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "resolved_first_point", nullable = false)
    private boolean resolvedAtFirstPoint;

    @Column(name = "handled_by", nullable = false, length = 100)
    private String handledBy;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(length = 200)
    private String outcome;

    @Column(nullable = false)
    private boolean avoidable;

    @Enumerated(EnumType.STRING)
    @Column(name = "avoidable_reason", length = 40)
    private AvoidableContactReason avoidableReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "answered_after_seconds")
    private Integer answeredAfterSeconds;

    /** The answering target that applied when the contact was logged; a later change of standard does not alter it. */
    @Column(name = "answer_target_seconds")
    private Integer answerTargetSeconds;

    protected Contact() {
    }

    public Contact(long residentId, Channel channel, ContactType contactType, Instant startedAt, String reason,
                   boolean resolvedAtFirstPoint, String handledBy) {
        this.residentId = residentId;
        this.channel = channel;
        this.contactType = contactType;
        this.startedAt = startedAt;
        this.reason = reason;
        this.resolvedAtFirstPoint = resolvedAtFirstPoint;
        this.handledBy = handledBy;
    }

    /**
     * A contact as an adviser logged it; call only with details whose problems() are empty.
     * {@code answerTargetSeconds} is the answering standard that applies to it, if any.
     */
    Contact(long residentId, ContactDetails d, String handledBy, Integer answerTargetSeconds) {
        this(residentId, d.channel(), d.contactType(), d.startedAt(), d.reason().strip(), d.resolvedAtFirstPoint(), handledBy);
        this.serviceId = d.serviceId();
        this.outcome = d.outcome() == null || d.outcome().isBlank() ? null : d.outcome().strip();
        this.avoidable = d.avoidable();
        this.avoidableReason = d.avoidableReason();
        this.endedAt = d.endedAt();
        this.answeredAfterSeconds = d.answeredAfterSeconds();
        this.answerTargetSeconds = answerTargetSeconds;
    }

    public Integer getAnsweredAfterSeconds() {
        return answeredAfterSeconds;
    }

    public Integer getAnswerTargetSeconds() {
        return answerTargetSeconds;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isAvoidable() {
        return avoidable;
    }

    public AvoidableContactReason getAvoidableReason() {
        return avoidableReason;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public Channel getChannel() {
        return channel;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getReason() {
        return reason;
    }

    public boolean isResolvedAtFirstPoint() {
        return resolvedAtFirstPoint;
    }

    public String getHandledBy() {
        return handledBy;
    }
}
