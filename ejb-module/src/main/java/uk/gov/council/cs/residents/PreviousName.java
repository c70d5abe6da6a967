package uk.gov.council.cs.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import uk.gov.council.cs.residents.matching.NameKeys;

/** A name the resident was known by before, for example before marriage; search and matching read it. */
@Embeddable
public class PreviousName {

    @Column(nullable = false, length = 100)
    private String forename;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(name = "surname_key", nullable = false, length = 8)
    private String surnameKey;

    @Column(name = "used_until")
    private LocalDate usedUntil;

    protected PreviousName() {
    }

    PreviousName(String forename, String surname, LocalDate usedUntil) {
        this.forename = forename;
        this.surname = surname;
        this.surnameKey = NameKeys.of(surname);
        this.usedUntil = usedUntil;
    }

    public String getForename() {
        return forename;
    }

    public String getSurname() {
        return surname;
    }

    public LocalDate getUsedUntil() {
        return usedUntil;
    }
}
