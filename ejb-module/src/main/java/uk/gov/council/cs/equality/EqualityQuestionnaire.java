package uk.gov.council.cs.equality;

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
import java.time.LocalDate;
import uk.gov.council.cs.contacts.Channel;

/**
 * One equality monitoring questionnaire a resident answered, with their consent. Special category
 * data: only {@link EqualityMonitoring} reads it, and only for the equality officer, the subject
 * access export and the warehouse's load.
 */
@Entity
@Table(name = "equality_questionnaire")
public class EqualityQuestionnaire extends uk.gov.council.cs.persistence.ChangeStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equality_questionnaire_seq")
    @SequenceGenerator(name = "equality_questionnaire_seq", sequenceName = "equality_questionnaire_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "consent_stated", nullable = false)
    private boolean consentStated;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnic_group", length = 40)
    private EthnicGroup ethnicGroup;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender_identity", length = 40)
    private GenderIdentity genderIdentity;

    @Column(name = "gender_identity_write_in", length = 100)
    private String genderIdentityWriteIn;

    @Enumerated(EnumType.STRING)
    @Column(name = "sexual_orientation", length = 30)
    private SexualOrientation sexualOrientation;

    @Column(name = "sexual_orientation_write_in", length = 100)
    private String sexualOrientationWriteIn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Religion religion;

    @Column(name = "religion_write_in", length = 100)
    private String religionWriteIn;

    @Enumerated(EnumType.STRING)
    @Column(name = "long_term_condition", length = 20)
    private LongTermCondition longTermCondition;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_to_day_limitation", length = 20)
    private DayToDayLimitation dayToDayLimitation;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_partnership_status", length = 40)
    private LegalPartnershipStatus legalPartnershipStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "pregnancy_or_maternity", length = 20)
    private PregnancyOrMaternity pregnancyOrMaternity;

    @Enumerated(EnumType.STRING)
    @Column(name = "unpaid_carer", length = 20)
    private UnpaidCarer unpaidCarer;

    protected EqualityQuestionnaire() {
    }

    EqualityQuestionnaire(long residentId, LocalDate answeredOn, Channel channel, EqualityAnswers a, String recordedBy,
                          Instant recordedAt) {
        this.residentId = residentId;
        this.answeredOn = answeredOn;
        this.channel = channel;
        this.consentStated = true;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.ethnicGroup = a.ethnicGroup();
        this.sex = a.sex();
        this.genderIdentity = a.genderIdentity();
        this.genderIdentityWriteIn = a.genderIdentityWriteIn();
        this.sexualOrientation = a.sexualOrientation();
        this.sexualOrientationWriteIn = a.sexualOrientationWriteIn();
        this.religion = a.religion();
        this.religionWriteIn = a.religionWriteIn();
        this.longTermCondition = a.longTermCondition();
        this.dayToDayLimitation = a.dayToDayLimitation();
        this.legalPartnershipStatus = a.legalPartnershipStatus();
        this.pregnancyOrMaternity = a.pregnancyOrMaternity();
        this.unpaidCarer = a.unpaidCarer();
    }

    void replacedAt(Instant when) {
        this.replacedAt = when;
    }

    public EqualityAnswers answers() {
        return new EqualityAnswers(ethnicGroup, sex, genderIdentity, genderIdentityWriteIn, sexualOrientation,
                sexualOrientationWriteIn, religion, religionWriteIn, longTermCondition, dayToDayLimitation,
                legalPartnershipStatus, pregnancyOrMaternity, unpaidCarer);
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
