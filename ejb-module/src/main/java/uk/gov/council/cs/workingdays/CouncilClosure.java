package uk.gov.council.cs.workingdays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day the council itself is closed (an extra holiday announced, a move of offices): not a working day. */
@Entity
@Table(name = "council_closure")
public class CouncilClosure {

    @Id
    @Column(name = "closed_on")
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CouncilClosure() {
    }

    CouncilClosure(LocalDate day, String reason, String addedBy, Instant addedAt) {
        this.day = day;
        this.reason = reason.strip();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getReason() {
        return reason;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
