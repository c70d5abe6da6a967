package uk.gov.council.cs.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.equality.DayToDayLimitation;
import uk.gov.council.cs.equality.EqualityAnswers;
import uk.gov.council.cs.equality.EqualityMonitoring;
import uk.gov.council.cs.equality.EthnicGroup;
import uk.gov.council.cs.equality.GenderIdentity;
import uk.gov.council.cs.equality.LegalPartnershipStatus;
import uk.gov.council.cs.equality.LongTermCondition;
import uk.gov.council.cs.equality.PregnancyOrMaternity;
import uk.gov.council.cs.equality.Religion;
import uk.gov.council.cs.equality.Sex;
import uk.gov.council.cs.equality.SexualOrientation;
import uk.gov.council.cs.equality.UnpaidCarer;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.workingdays.CouncilTime;

/**
 * The equality monitoring questions, asked at the adviser's desk. The form writes answers and never
 * reads them back: it shows only whether, when and how the resident last answered.
 */
@Named
@ViewScoped
public class EqualityQuestionnaireForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PURPOSE = "adviser's desk: equality monitoring questions";

    @EJB
    private transient EqualityMonitoring monitoring;

    private Long residentId;
    private EqualityMonitoring.Status status;
    private boolean consent;
    private boolean confirmWithdrawal;
    private Channel channel = Channel.TELEPHONE;
    private DateEntry answeredOn = DateEntry.of(CouncilTime.today());
    private EthnicGroup ethnicGroup;
    private Sex sex;
    private GenderIdentity genderIdentity;
    private String genderIdentityWriteIn;
    private SexualOrientation sexualOrientation;
    private String sexualOrientationWriteIn;
    private Religion religion;
    private String religionWriteIn;
    private LongTermCondition longTermCondition;
    private DayToDayLimitation dayToDayLimitation;
    private LegalPartnershipStatus legalPartnershipStatus;
    private PregnancyOrMaternity pregnancyOrMaternity;
    private UnpaidCarer unpaidCarer;

    public void open() {
        if (residentId != null) {
            try {
                status = monitoring.status(residentId, PURPOSE);
            } catch (NotFound e) {
                status = null;
            }
        }
    }

    /** Where each question's problem is shown: the field a problem names, to the client id the summary links to. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("consent", "questionnaire:consent"),
            java.util.Map.entry("channel", "questionnaire:channel"),
            java.util.Map.entry("answeredOn", "questionnaire:answeredOn:day"),
            java.util.Map.entry("ethnicGroup", "questionnaire:ethnicGroup"),
            java.util.Map.entry("genderIdentity", "questionnaire:genderIdentity:0"),
            java.util.Map.entry("sexualOrientation", "questionnaire:sexualOrientation:0"),
            java.util.Map.entry("religion", "questionnaire:religion:0"),
            java.util.Map.entry("dayToDayLimitation", "questionnaire:dayToDayLimitation:0"));

    public void record() {
        String dateProblem = answeredOn.problem("The day answered");
        if (dateProblem != null) {
            Messages.fieldProblem("questionnaire:answeredOn:day", dateProblem);
            return;
        }
        try {
            EqualityMonitoring.Recorded r = monitoring.record(residentId, consent, answeredOn.date(), channel, new EqualityAnswers(
                    ethnicGroup, sex, genderIdentity, genderIdentityWriteIn, sexualOrientation, sexualOrientationWriteIn,
                    religion, religionWriteIn, longTermCondition, dayToDayLimitation, legalPartnershipStatus,
                    pregnancyOrMaternity, unpaidCarer), PURPOSE);
            Messages.done("Equality monitoring answers recorded" + (r.replacedEarlierAnswers()
                    ? "; they replace the resident's earlier answers." : "."));
            clear();
            status = monitoring.status(residentId, PURPOSE);
        } catch (DetailsRefused e) {
            Messages.refused(e, FIELDS);
        }
    }

    public void withdraw() {
        if (!confirmWithdrawal) {
            Messages.refused(new DetailsRefused("Nothing was erased.", java.util.List.of(
                    "Tick the box to confirm the resident has asked us to erase their answers.")));
            return;
        }
        confirmWithdrawal = false;
        EqualityMonitoring.Withdrawal w = monitoring.withdrawConsent(residentId, PURPOSE);
        Messages.done("Consent withdrawn: " + (w.questionnairesErased() == 0 ? "no answers were held."
                : "the resident's answers have been erased."));
        clear();
        status = monitoring.status(residentId, PURPOSE);
    }

    private void clear() {
        consent = false;
        ethnicGroup = null;
        sex = null;
        genderIdentity = null;
        genderIdentityWriteIn = null;
        sexualOrientation = null;
        sexualOrientationWriteIn = null;
        religion = null;
        religionWriteIn = null;
        longTermCondition = null;
        dayToDayLimitation = null;
        legalPartnershipStatus = null;
        pregnancyOrMaternity = null;
        unpaidCarer = null;
    }

    public EqualityMonitoring.Status getStatus() {
        return status;
    }

    public String getLastAnswered() {
        if (status == null || !status.answered()) {
            return status != null && status.consentWithdrawnAt() != null
                    ? "Consent withdrawn " + CouncilTime.readable(status.consentWithdrawnAt()) + "; no answers held."
                    : "Not answered yet.";
        }
        return "Answered on " + new CouncilFormat().day(status.answeredOn()) + " (" + status.channel().label().toLowerCase()
                + "). New answers replace them.";
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public EthnicGroup[] getEthnicGroups() {
        return EthnicGroup.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public GenderIdentity[] getGenderIdentities() {
        return GenderIdentity.values();
    }

    public SexualOrientation[] getSexualOrientations() {
        return SexualOrientation.values();
    }

    public Religion[] getReligions() {
        return Religion.values();
    }

    public LongTermCondition[] getLongTermConditions() {
        return LongTermCondition.values();
    }

    public DayToDayLimitation[] getDayToDayLimitations() {
        return DayToDayLimitation.values();
    }

    public LegalPartnershipStatus[] getLegalPartnershipStatuses() {
        return LegalPartnershipStatus.values();
    }

    public PregnancyOrMaternity[] getPregnancyOrMaternityAnswers() {
        return PregnancyOrMaternity.values();
    }

    public UnpaidCarer[] getUnpaidCarerAnswers() {
        return UnpaidCarer.values();
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isConfirmWithdrawal() {
        return confirmWithdrawal;
    }

    public void setConfirmWithdrawal(boolean confirmWithdrawal) {
        this.confirmWithdrawal = confirmWithdrawal;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public DateEntry getAnsweredOn() {
        return answeredOn;
    }

    public EthnicGroup getEthnicGroup() {
        return ethnicGroup;
    }

    public void setEthnicGroup(EthnicGroup ethnicGroup) {
        this.ethnicGroup = ethnicGroup;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public GenderIdentity getGenderIdentity() {
        return genderIdentity;
    }

    public void setGenderIdentity(GenderIdentity genderIdentity) {
        this.genderIdentity = genderIdentity;
    }

    public String getGenderIdentityWriteIn() {
        return genderIdentityWriteIn;
    }

    public void setGenderIdentityWriteIn(String genderIdentityWriteIn) {
        this.genderIdentityWriteIn = genderIdentityWriteIn;
    }

    public SexualOrientation getSexualOrientation() {
        return sexualOrientation;
    }

    public void setSexualOrientation(SexualOrientation sexualOrientation) {
        this.sexualOrientation = sexualOrientation;
    }

    public String getSexualOrientationWriteIn() {
        return sexualOrientationWriteIn;
    }

    public void setSexualOrientationWriteIn(String sexualOrientationWriteIn) {
        this.sexualOrientationWriteIn = sexualOrientationWriteIn;
    }

    public Religion getReligion() {
        return religion;
    }

    public void setReligion(Religion religion) {
        this.religion = religion;
    }

    public String getReligionWriteIn() {
        return religionWriteIn;
    }

    public void setReligionWriteIn(String religionWriteIn) {
        this.religionWriteIn = religionWriteIn;
    }

    public LongTermCondition getLongTermCondition() {
        return longTermCondition;
    }

    public void setLongTermCondition(LongTermCondition longTermCondition) {
        this.longTermCondition = longTermCondition;
    }

    public DayToDayLimitation getDayToDayLimitation() {
        return dayToDayLimitation;
    }

    public void setDayToDayLimitation(DayToDayLimitation dayToDayLimitation) {
        this.dayToDayLimitation = dayToDayLimitation;
    }

    public LegalPartnershipStatus getLegalPartnershipStatus() {
        return legalPartnershipStatus;
    }

    public void setLegalPartnershipStatus(LegalPartnershipStatus legalPartnershipStatus) {
        this.legalPartnershipStatus = legalPartnershipStatus;
    }

    public PregnancyOrMaternity getPregnancyOrMaternity() {
        return pregnancyOrMaternity;
    }

    public void setPregnancyOrMaternity(PregnancyOrMaternity pregnancyOrMaternity) {
        this.pregnancyOrMaternity = pregnancyOrMaternity;
    }

    public UnpaidCarer getUnpaidCarer() {
        return unpaidCarer;
    }

    public void setUnpaidCarer(UnpaidCarer unpaidCarer) {
        this.unpaidCarer = unpaidCarer;
    }
}
