package uk.gov.council.cs.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Everything on a resident's own record, detached from the database: the head of the single
 * customer view and a section of the subject access export.
 */
public record ResidentProfile(long id, String forename, String middleNames, String surname, LocalDate dateOfBirth,
                              Address address, String niNumber, Set<String> phones, Set<String> emails,
                              String preferredLanguage, boolean interpreterNeeded,
                              Set<CommunicationNeed> communicationNeeds, String reasonableAdjustments,
                              List<Vulnerable> vulnerabilities, List<Reference> references,
                              List<FormerName> previousNames, List<FormerAddress> pastAddresses, Instant registeredAt,
                              Long mergedInto, List<Long> mergedRecords) {

    public record Vulnerable(Vulnerability flag, String label, String note, LocalDate recordedOn) {
    }

    public record Reference(ReferenceSystem system, String label, String reference) {
    }

    public record FormerName(String forename, String surname, LocalDate usedUntil) {
    }

    public record FormerAddress(Address address, LocalDate movedOutOn) {
    }

    static ResidentProfile of(Resident r) {
        return of(r, List.of());
    }

    /** @param mergedRecords the records merged into this one, whose history the view gathers */
    public static ResidentProfile of(Resident r, List<Long> mergedRecords) {
        return new ResidentProfile(r.getId(), r.getForename(), r.getMiddleNames(), r.getSurname(), r.getDateOfBirth(),
                r.getAddress(), r.getNiNumber(), r.getPhones(), r.getEmails(), r.getPreferredLanguage(),
                r.isInterpreterNeeded(), r.getCommunicationNeeds(), r.getReasonableAdjustments(),
                r.getVulnerabilities().stream()
                        .map(v -> new Vulnerable(v.getFlag(), v.getFlag().label(), v.getNote(), v.getRecordedOn()))
                        .sorted(Comparator.comparing(Vulnerable::flag)).toList(),
                r.getReferences().stream().map(x -> new Reference(x.getSystem(), x.getSystem().label(), x.getReference()))
                        .sorted(Comparator.comparing(Reference::system).thenComparing(Reference::reference)).toList(),
                r.getPreviousNames().stream().map(n -> new FormerName(n.getForename(), n.getSurname(), n.getUsedUntil())).toList(),
                r.getPastAddresses().stream().map(a -> new FormerAddress(a.getAddress(), a.getMovedOutOn())).toList(),
                r.getRegisteredAt(), r.getMergedInto(), List.copyOf(mergedRecords));
    }

    public String fullName() {
        return forename + (middleNames == null ? "" : " " + middleNames) + " " + surname;
    }

    /** Whether the adviser must be warned before speaking to the resident. */
    public boolean hasAlerts() {
        return !vulnerabilities.isEmpty() || !communicationNeeds.isEmpty() || interpreterNeeded
                || (reasonableAdjustments != null && !reasonableAdjustments.isBlank());
    }
}
