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
import jakarta.persistence.Version;
import java.time.Instant;
import uk.gov.council.cs.contacts.Channel;

/**
 * One entry of the "Have your say" register: a comment, compliment, complaint or satisfaction
 * response, received on a channel, about a service (and possibly a contractor acting for the
 * council). A complaint's procedure is kept in {@link Complaint}, which shares this id.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackKind kind;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(length = 200)
    private String contractor;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "logged_by", nullable = false, length = 100)
    private String loggedBy;

    private Integer rating;

    @Column(name = "rating_reason", length = 200)
    private String ratingReason;

    /** For a satisfaction response about how a complaint was handled: that complaint. */
    @Column(name = "about_complaint_id")
    private Long aboutComplaintId;

    @Version
    private long version;

    protected Feedback() {
    }

    Feedback(FeedbackKind kind, long residentId, FeedbackDetails d, Instant receivedAt, String loggedBy) {
        this.kind = kind;
        this.residentId = residentId;
        this.channel = d.channel();
        this.serviceId = d.serviceId();
        this.contractor = d.contractor() == null || d.contractor().isBlank() ? null : d.contractor().strip();
        this.summary = d.summary().strip();
        this.receivedAt = receivedAt;
        this.loggedBy = loggedBy;
        this.rating = d.rating() == null ? null : d.rating().score();
        this.ratingReason = d.ratingReason() == null || d.ratingReason().isBlank() ? null : d.ratingReason().strip();
        this.aboutComplaintId = d.aboutComplaintId();
    }

    public Long getId() {
        return id;
    }

    public FeedbackKind getKind() {
        return kind;
    }

    public long getResidentId() {
        return residentId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getContractor() {
        return contractor;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Satisfaction getRating() {
        return rating == null ? null : Satisfaction.ofScore(rating);
    }

    public String getRatingReason() {
        return ratingReason;
    }

    public Long getAboutComplaintId() {
        return aboutComplaintId;
    }
}
