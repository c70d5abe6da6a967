package uk.gov.council.cs.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An address the resident lived at before, kept when they move. */
@Embeddable
public class PastAddress {

    private String saon;
    private String paon;
    private String street;
    private String locality;
    private String town;
    @Column(nullable = false, length = 8)
    private String postcode;
    private Long uprn;
    @Column(name = "moved_out_on", nullable = false)
    private LocalDate movedOutOn;

    protected PastAddress() {
    }

    PastAddress(Address address, LocalDate movedOutOn) {
        this.saon = address.saon();
        this.paon = address.paon();
        this.street = address.street();
        this.locality = address.locality();
        this.town = address.town();
        this.postcode = address.postcode();
        this.uprn = address.uprn();
        this.movedOutOn = movedOutOn;
    }

    public Address getAddress() {
        return new Address(saon, paon, street, locality, town, postcode, uprn);
    }

    public LocalDate getMovedOutOn() {
        return movedOutOn;
    }
}
