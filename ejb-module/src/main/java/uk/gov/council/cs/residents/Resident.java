package uk.gov.council.cs.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A person the council knows. The customer-records capability extends this with the full profile. */
@Entity
@Table(name = "resident")
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String forename;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(nullable = false, length = 8)
    private String postcode;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Resident() {
    }

    public Resident(ResidentRegistration details, Instant registeredAt) {
        this.forename = details.forename().trim();
        this.surname = details.surname().trim();
        this.dateOfBirth = details.dateOfBirth();
        this.postcode = Postcode.of(details.postcode()).value();
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public String getForename() {
        return forename;
    }

    public String getSurname() {
        return surname;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getPostcode() {
        return postcode;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
