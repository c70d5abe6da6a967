package uk.gov.council.cs.residents;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What subscribing back-office systems receive on the topic {@code ResidentChanges} (JSON, schema
 * version 1; README, "Resident changes"): a resident's change of name, address or contact details
 * with the new values, or a merge or unmerge of two records, each with the residents' references in
 * the subscribing systems so that a system can find its own record. Parts that did not change are
 * left out. Nothing else of the person is sent.
 *
 * @param type      resident.changed, resident.merged or resident.unmerged
 * @param changed   for resident.changed: which of name, address and contact-details changed
 * @param residentId the resident changed; for a merge or unmerge, the record kept
 * @param mergedResidentId for a merge or unmerge, the record merged into the kept one (or separated from it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResidentChange(int schemaVersion, String type, long residentId, Map<String, String> residentReferences,
                             List<String> changed, Name name, Address address, Set<String> phones, Set<String> emails,
                             Long mergedResidentId, Map<String, String> mergedResidentReferences, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String CHANGED = "resident.changed";
    public static final String MERGED = "resident.merged";
    public static final String UNMERGED = "resident.unmerged";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Name(String forename, String middleNames, String surname) {
    }

    /** The change between two views of one record, if its name, address or contact details differ. */
    public static Optional<ResidentChange> between(ResidentProfile before, ResidentProfile after,
                                                   Map<String, String> references, Instant at) {
        List<String> changed = new ArrayList<>();
        Name was = new Name(before.forename(), before.middleNames(), before.surname());
        Name now = new Name(after.forename(), after.middleNames(), after.surname());
        boolean name = !was.equals(now);
        boolean address = !Objects.equals(before.address(), after.address());
        boolean contact = !Objects.equals(before.phones(), after.phones()) || !Objects.equals(before.emails(), after.emails());
        if (name) {
            changed.add("name");
        }
        if (address) {
            changed.add("address");
        }
        if (contact) {
            changed.add("contact-details");
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResidentChange(SCHEMA_VERSION, CHANGED, after.id(), references, List.copyOf(changed),
                name ? now : null, address ? after.address() : null, contact ? Set.copyOf(after.phones()) : null,
                contact ? Set.copyOf(after.emails()) : null, null, null, at));
    }

    /** A merge (or unmerge) of two records, with both records' references. */
    public static ResidentChange merge(String type, long keptId, Map<String, String> keptReferences, long mergedId,
                                       Map<String, String> mergedReferences, Instant at) {
        return new ResidentChange(SCHEMA_VERSION, type, keptId, keptReferences, null, null, null, null, null, mergedId,
                mergedReferences, at);
    }
}
