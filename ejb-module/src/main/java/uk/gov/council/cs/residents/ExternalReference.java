package uk.gov.council.cs.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The key a back-office system knows the resident by. */
@Embeddable
public class ExternalReference {

    @Enumerated(EnumType.STRING)
    @Column(name = "system_name", nullable = false, length = 30)
    private ReferenceSystem system;

    @Column(nullable = false, length = 50)
    private String reference;

    protected ExternalReference() {
    }

    public ExternalReference(ReferenceSystem system, String reference) {
        this.system = system;
        this.reference = reference.trim().toUpperCase(java.util.Locale.UK);
    }

    public ReferenceSystem getSystem() {
        return system;
    }

    public String getReference() {
        return reference;
    }

    /** The references as events show them, by system: {"housing-tenancy": "TEN-100123"}. */
    public static java.util.Map<String, String> byKey(java.util.Collection<ExternalReference> references) {
        java.util.Map<String, String> byKey = new java.util.TreeMap<>();
        for (ExternalReference r : references) {
            byKey.put(r.getSystem().name().toLowerCase(java.util.Locale.UK).replace('_', '-'), r.getReference());
        }
        return byKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExternalReference other && other.system == system && other.reference.equals(reference);
    }

    @Override
    public int hashCode() {
        return system.hashCode() * 31 + reference.hashCode();
    }
}
