package uk.gov.council.cs.complaints;

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
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import uk.gov.council.cs.complaints.policy.ComplaintPolicy;

/**
 * A complaint's place in its procedure. It shares its id with its {@link Feedback} entry and keeps
 * the policy version it was received under, whatever the council adopts later.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    private Long id;

    @Column(name = "policy_id", nullable = false, length = 100)
    private String policyId;

    @Column(name = "policy_version", nullable = false)
    private int policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Ombudsman ombudsman;

    @Column(name = "service_request_id")
    private Long serviceRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ComplaintState state;

    @Column(nullable = false)
    private int stage;

    @Column(name = "lead_officer", length = 100)
    private String leadOfficer;

    @Column(length = 100)
    private String investigator;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 40)
    private RefusalReason refusalReason;

    @Column(name = "refusal_evidence", length = 2000)
    private String refusalEvidence;

    @Column(name = "lessons_learned", length = 4000)
    private String lessonsLearned;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_other_service", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "service_id")
    private Set<Long> otherServiceIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_involved_staff", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "username", length = 100)
    private Set<String> involvedStaff = new HashSet<>();

    @Version
    private long version;

    protected Complaint() {
    }

    Complaint(long feedbackId, ComplaintPolicy policy, FeedbackDetails d, Ombudsman ombudsman) {
        this.id = feedbackId;
        this.policyId = policy.id();
        this.policyVersion = policy.version();
        this.category = d.category();
        this.ombudsman = ombudsman;
        this.serviceRequestId = d.serviceRequestId();
        this.otherServiceIds = new HashSet<>(d.otherServiceIds());
        this.involvedStaff = new HashSet<>(d.involvedStaff());
        this.state = ComplaintState.RECEIVED;
        this.stage = 1;
    }

    /** How staff quote it: "C" and its number. */
    public static String reference(long id) {
        return "C" + id;
    }

    ComplaintFacts facts(ComplaintPolicy policy, Map<Integer, String> responders, boolean responseClockRunning) {
        return new ComplaintFacts(reference(id), state, stage, policy.lastStage(), investigator, responders, involvedStaff,
                policy.stage(stage).differentResponderFromStage(), policy.informalResolution(), responseClockRunning);
    }

    void moveTo(ComplaintState next) {
        this.state = next;
    }

    void nextStage() {
        this.stage++;
        this.investigator = null;
    }

    void assign(String username) {
        this.investigator = username;
    }

    void lead(String username) {
        this.leadOfficer = username;
    }

    void refuse(RefusalReason reason, String evidence) {
        this.refusalReason = reason;
        this.refusalEvidence = evidence;
    }

    void clearRefusal() {
        this.refusalReason = null;
        this.refusalEvidence = null;
    }

    void learn(String lessons) {
        this.lessonsLearned = lessons;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference(id);
    }

    public String getPolicyId() {
        return policyId;
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public Ombudsman getOmbudsman() {
        return ombudsman;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public ComplaintState getState() {
        return state;
    }

    public int getStage() {
        return stage;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public String getInvestigator() {
        return investigator;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public String getRefusalEvidence() {
        return refusalEvidence;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public Set<Long> getOtherServiceIds() {
        return Set.copyOf(otherServiceIds);
    }

    public Set<String> getInvolvedStaff() {
        return Set.copyOf(involvedStaff);
    }
}
