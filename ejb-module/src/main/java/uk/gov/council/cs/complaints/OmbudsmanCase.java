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
import java.time.LocalDate;

/**
 * A case the Ombudsman opened about one of the council's complaints: its reference, where it has
 * got to and what was decided, in that Ombudsman's own words, and whether the council had already
 * put things right before the Ombudsman became involved.
 */
@Entity
@Table(name = "ombudsman_case")
public class OmbudsmanCase extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ombudsman_case_seq")
    @SequenceGenerator(name = "ombudsman_case_seq", sequenceName = "ombudsman_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Ombudsman ombudsman;

    @Column(nullable = false, length = 20)
    private String reference;

    @Column(nullable = false, length = 60)
    private String stage;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(length = 60)
    private String decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "remedied_by_council", nullable = false)
    private boolean remediedByCouncil;

    @Column(length = 4000)
    private String findings;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected OmbudsmanCase() {
    }

    OmbudsmanCase(long complaintId, Ombudsman ombudsman, String reference, LocalDate receivedOn, String recordedBy) {
        this.complaintId = complaintId;
        this.ombudsman = ombudsman;
        this.reference = reference;
        this.stage = ombudsman.stages().get(0);
        this.receivedOn = receivedOn;
        this.recordedBy = recordedBy;
    }

    void moveTo(String stage) {
        this.stage = stage;
    }

    void decided(String decision, LocalDate on, boolean remediedByCouncil, String findings) {
        this.decision = decision;
        this.decidedOn = on;
        this.remediedByCouncil = remediedByCouncil;
        this.findings = findings;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Ombudsman getOmbudsman() {
        return ombudsman;
    }

    public String getReference() {
        return reference;
    }

    public String getStage() {
        return stage;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public boolean isRemediedByCouncil() {
        return remediedByCouncil;
    }

    public String getFindings() {
        return findings;
    }
}
