package uk.gov.council.cs.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which changes to a resident's record subscribers hear of, and with what. */
class ResidentChangeTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    private static final Map<String, String> REFS = Map.of("housing-tenancy", "TEN-1");
    private static final Address HOME = new Address(null, "12", "High Street", null, "London", "SE15 4QB", 100021234567L);

    private static ResidentProfile profile(String surname, Address address, Set<String> phones, String language) {
        return new ResidentProfile(7, "Aisha", null, surname, LocalDate.of(1984, 3, 2), address, "QQ123456C", phones, Set.of(),
                language, false, Set.of(), null, List.of(), List.of(), List.of(), List.of(), AT, null, List.of());
    }

    @Test
    void aNewAddressIsSentWithTheReferencesAndNothingElse() {
        Address moved = new Address("Flat 2", "4", "Rye Lane", null, "London", "SE15 5EW", null);
        ResidentChange change = ResidentChange.between(profile("Khan", HOME, Set.of(), null), profile("Khan", moved, Set.of(), null),
                REFS, AT).orElseThrow();
        assertEquals(new ResidentChange(1, "resident.changed", 7, REFS, List.of("address"), null, moved, null, null, null, null, AT),
                change);
    }

    @Test
    void aNameAndContactDetailsChangedTogetherAreOneChangeNamingBoth() {
        ResidentChange change = ResidentChange.between(profile("Khan", HOME, Set.of(), null),
                profile("Patel", HOME, Set.of("07700900123"), null), REFS, AT).orElseThrow();
        assertEquals(List.of("name", "contact-details"), change.changed());
        assertEquals(new ResidentChange.Name("Aisha", null, "Patel"), change.name());
        assertEquals(Set.of("07700900123"), change.phones());
        assertEquals(Set.of(), change.emails());
        assertNull(change.address());
    }

    @Test
    void aChangeSubscribersDoNotKeepIsNotSent() {
        assertEquals(Optional.empty(), ResidentChange.between(profile("Khan", HOME, Set.of(), null),
                profile("Khan", HOME, Set.of(), "Polish"), REFS, AT));
    }

    @Test
    void aMergeCarriesBothRecordsReferences() {
        ResidentChange merge = ResidentChange.merge(ResidentChange.MERGED, 7, REFS, 9, Map.of("benefits-claim", "HB-1"), AT);
        assertEquals("resident.merged", merge.type());
        assertEquals(7, merge.residentId());
        assertEquals(9L, merge.mergedResidentId());
        assertEquals(Map.of("benefits-claim", "HB-1"), merge.mergedResidentReferences());
        assertNull(merge.changed());
    }
}
