package uk.gov.council.cs.equality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a resident withdrew consent to equality monitoring, and the answers were erased: no answer is kept here. */
@Entity
@Table(name = "equality_consent_withdrawal")
public class ConsentWithdrawal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equality_consent_withdrawal_seq")
    @SequenceGenerator(name = "equality_consent_withdrawal_seq", sequenceName = "equality_consent_withdrawal_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "withdrawn_at", nullable = false)
    private Instant withdrawnAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "questionnaires_erased", nullable = false)
    private int questionnairesErased;

    protected ConsentWithdrawal() {
    }

    ConsentWithdrawal(long residentId, Instant withdrawnAt, String recordedBy, int questionnairesErased) {
        this.residentId = residentId;
        this.withdrawnAt = withdrawnAt;
        this.recordedBy = recordedBy;
        this.questionnairesErased = questionnairesErased;
    }

    public long getResidentId() {
        return residentId;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public int getQuestionnairesErased() {
        return questionnairesErased;
    }
}
