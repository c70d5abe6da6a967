package uk.gov.council.cs.residents;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.gov.council.cs.residents.matching.NameKeys;
import uk.gov.council.cs.residents.matching.PersonDetails;

/**
 * A person the council knows, with their current name and address and what every adviser must see
 * at once (communication needs, vulnerabilities). A change of name or address keeps the old one.
 */
@Entity
@Table(name = "resident")
public class Resident extends uk.gov.council.cs.persistence.ChangeStamped {

    /** The name an anonymised record carries. */
    public static final String ANONYMISED = "Anonymised";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String forename;

    @Column(name = "middle_names", length = 100)
    private String middleNames;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    private String saon;
    private String paon;
    private String street;
    private String locality;
    private String town;

    @Column(nullable = false, length = 8)
    private String postcode;

    private Long uprn;

    @Column(name = "ni_number", length = 9)
    private String niNumber;

    @Column(name = "preferred_language", length = 50)
    private String preferredLanguage;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Column(name = "reasonable_adjustments", length = 1000)
    private String reasonableAdjustments;

    @Column(name = "surname_key", length = 8)
    private String surnameKey;

    @Column(name = "forename_key", length = 8)
    private String forenameKey;

    /** The resident this record was merged into, or null; see {@code ResidentMerges}. */
    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @ElementCollection
    @CollectionTable(name = "resident_phone", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "phone", length = 20)
    private Set<String> phones = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resident_email", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "email", length = 254)
    private Set<String> emails = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resident_communication_need", joinColumns = @JoinColumn(name = "resident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", length = 30)
    private Set<CommunicationNeed> communicationNeeds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resident_vulnerability", joinColumns = @JoinColumn(name = "resident_id"))
    private List<VulnerabilityFlag> vulnerabilities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "resident_reference", joinColumns = @JoinColumn(name = "resident_id"))
    private Set<ExternalReference> references = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resident_previous_name", joinColumns = @JoinColumn(name = "resident_id"))
    private List<PreviousName> previousNames = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "resident_address_history", joinColumns = @JoinColumn(name = "resident_id"))
    private List<PastAddress> pastAddresses = new ArrayList<>();

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

    /**
     * Takes the corrected details; an old name or address is kept in the history when it changes.
     * Call only with details whose {@link ResidentDetails#problems()} are empty.
     */
    void update(ResidentDetails d, LocalDate today) {
        String newForename = d.forename().trim();
        String newSurname = d.surname().trim();
        if (!newSurname.equalsIgnoreCase(surname) || !newForename.equalsIgnoreCase(forename)) {
            previousNames.add(new PreviousName(forename, surname, today));
        }
        forename = newForename;
        surname = newSurname;
        middleNames = Address.tidy(d.middleNames());
        dateOfBirth = d.dateOfBirth();
        Address next = new Address(Address.tidy(d.address().saon()), Address.tidy(d.address().paon()),
                Address.tidy(d.address().street()), Address.tidy(d.address().locality()), Address.tidy(d.address().town()),
                Postcode.of(d.address().postcode()).value(), d.address().uprn());
        Address current = getAddress();
        if (!next.postcode().equals(current.postcode()) || !Objects.equals(next.uprn(), current.uprn())
                || !Objects.equals(next.paon(), current.paon())) {
            pastAddresses.add(new PastAddress(current, today));
        }
        saon = next.saon();
        paon = next.paon();
        street = next.street();
        locality = next.locality();
        town = next.town();
        postcode = next.postcode();
        uprn = next.uprn();
        niNumber = d.niNumber() == null || d.niNumber().isBlank() ? null : NationalInsuranceNumber.of(d.niNumber()).value();
        phones.clear();
        d.phones().stream().map(ResidentDetails::nationalPhone).forEach(phones::add);
        emails.clear();
        d.emails().stream().map(e -> e.trim().toLowerCase(Locale.UK)).forEach(emails::add);
        preferredLanguage = Address.tidy(d.preferredLanguage());
        interpreterNeeded = d.interpreterNeeded();
        communicationNeeds.clear();
        communicationNeeds.addAll(d.communicationNeeds());
        reasonableAdjustments = Address.tidy(d.reasonableAdjustments());
    }

    /** Records a vulnerability, or replaces the note of one already recorded. */
    void flag(Vulnerability flag, String note, LocalDate today) {
        vulnerabilities.removeIf(v -> v.getFlag() == flag);
        vulnerabilities.add(new VulnerabilityFlag(flag, Address.tidy(note), today));
    }

    boolean unflag(Vulnerability flag) {
        return vulnerabilities.removeIf(v -> v.getFlag() == flag);
    }

    boolean addReference(ExternalReference reference) {
        return references.add(reference);
    }

    /** Only {@code ResidentMerges} calls these, with the audit row and the merge history. */
    public void mergeInto(long keptId) {
        mergedInto = keptId;
    }

    public void unmerge() {
        mergedInto = null;
    }

    /**
     * Retention: keeps only what statistics need (year of birth, postcode) and removes everything
     * that identifies the person. Only the retention job calls this, with its audit row.
     */
    public void anonymise() {
        forename = ANONYMISED;
        middleNames = null;
        surname = ANONYMISED;
        dateOfBirth = LocalDate.of(dateOfBirth.getYear(), 1, 1);
        saon = null;
        paon = null;
        street = null;
        locality = null;
        town = null;
        uprn = null;
        niNumber = null;
        preferredLanguage = null;
        interpreterNeeded = false;
        reasonableAdjustments = null;
        phones.clear();
        emails.clear();
        communicationNeeds.clear();
        vulnerabilities.clear();
        references.clear();
        previousNames.clear();
        pastAddresses.clear();
    }

    public boolean isAnonymised() {
        return ANONYMISED.equals(forename) && ANONYMISED.equals(surname);
    }

    /** What identity matching compares of this record. */
    public PersonDetails asPersonDetails() {
        String given = forename + (middleNames == null ? "" : " " + middleNames);
        return new PersonDetails(given, surname, previousNames.stream().map(PreviousName::getSurname).toList(),
                dateOfBirth, postcode, uprn, niNumber, phones, emails);
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    @PrePersist
    @PreUpdate
    void keepSearchKeys() {
        surnameKey = NameKeys.of(surname);
        forenameKey = NameKeys.of(forename);
    }

    public Long getId() {
        return id;
    }

    public String getForename() {
        return forename;
    }

    public String getMiddleNames() {
        return middleNames;
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

    public Address getAddress() {
        return new Address(saon, paon, street, locality, town, postcode, uprn);
    }

    public Long getUprn() {
        return uprn;
    }

    public String getNiNumber() {
        return niNumber;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public String getReasonableAdjustments() {
        return reasonableAdjustments;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Set<String> getPhones() {
        return Set.copyOf(phones);
    }

    public Set<String> getEmails() {
        return Set.copyOf(emails);
    }

    public Set<CommunicationNeed> getCommunicationNeeds() {
        return Set.copyOf(communicationNeeds);
    }

    public List<VulnerabilityFlag> getVulnerabilities() {
        return List.copyOf(vulnerabilities);
    }

    public Set<ExternalReference> getReferences() {
        return Set.copyOf(references);
    }

    public List<PreviousName> getPreviousNames() {
        return List.copyOf(previousNames);
    }

    public List<PastAddress> getPastAddresses() {
        return List.copyOf(pastAddresses);
    }
}
