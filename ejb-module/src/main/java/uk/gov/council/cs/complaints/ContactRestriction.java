package uk.gov.council.cs.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A decision that a complainant's conduct is unreasonable or persistent, restricting their contact until lifted. */
@Entity
@Table(name = "contact_restriction")
public class ContactRestriction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_restriction_seq")
    @SequenceGenerator(name = "contact_restriction_seq", sequenceName = "contact_restriction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    /** The conduct, as enum names separated by commas. */
    @Column(nullable = false, length = 300)
    private String behaviours;

    @Column(nullable = false, length = 4000)
    private String decision;

    @Column(nullable = false, length = 2000)
    private String restrictions;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Column(name = "letter_subject", nullable = false, length = 300)
    private String letterSubject;

    @Column(name = "letter_body", nullable = false, length = 12000)
    private String letterBody;

    @Version
    private long version;

    protected ContactRestriction() {
    }

    ContactRestriction(long residentId, Set<Conduct> conduct, String decision, String restrictions, String decidedBy,
                       LocalDate decidedOn, LocalDate reviewOn) {
        this.residentId = residentId;
        this.behaviours = conduct.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.decision = decision.strip();
        this.restrictions = restrictions.strip();
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
        this.reviewOn = reviewOn;
    }

    void letter(LetterTemplate.Letter letter) {
        this.letterSubject = letter.subject().length() > 300 ? letter.subject().substring(0, 300) : letter.subject();
        this.letterBody = letter.body().length() > 12000 ? letter.body().substring(0, 12000) : letter.body();
    }

    void reviewed(boolean lift, LocalDate on, LocalDate nextReviewOn) {
        if (lift) {
            this.liftedOn = on;
        } else {
            this.reviewOn = nextReviewOn;
        }
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public Set<Conduct> getConduct() {
        return Arrays.stream(behaviours.split(",")).map(Conduct::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public String getDecision() {
        return decision;
    }

    public String getRestrictions() {
        return restrictions;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public LocalDate getLiftedOn() {
        return liftedOn;
    }

    public String getLetterSubject() {
        return letterSubject;
    }

    public String getLetterBody() {
        return letterBody;
    }
}
