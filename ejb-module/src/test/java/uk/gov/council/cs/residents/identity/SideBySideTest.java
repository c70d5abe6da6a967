package uk.gov.council.cs.residents.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.residents.Address;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.residents.ResidentProfile;
import uk.gov.council.cs.residents.matching.MatchSettings;
import uk.gov.council.cs.residents.matching.PersonDetails;
import uk.gov.council.cs.residents.matching.ResidentMatcher;

class SideBySideTest {

    private static ResidentProfile profile(long id, String surname, String postcode, String ni, List<ResidentProfile.FormerName> before) {
        return new ResidentProfile(id, "Margaret", "Ann", surname, LocalDate.of(1961, 4, 3),
                new Address(null, "14", "Rye Lane", null, "London", postcode, null), ni, Set.of("07700900123"), Set.of(),
                null, false, Set.of(), null, List.of(),
                List.of(new ResidentProfile.Reference(ReferenceSystem.COUNCIL_TAX, "Council tax account", "CT-1")),
                before, List.of(), Instant.EPOCH, null, List.of());
    }

    private static PersonDetails details(ResidentProfile p) {
        return new PersonDetails(p.forename() + " " + p.middleNames(), p.surname(),
                p.previousNames().stream().map(ResidentProfile.FormerName::surname).toList(), p.dateOfBirth(),
                p.address().postcode(), null, p.niNumber(), p.phones(), p.emails());
    }

    @Test
    void everyFieldIsShownWithTheMatchersVerdictOnIt() {
        ResidentProfile married = profile(2, "Jones", "SE15 4QB", "JK123456A",
                List.of(new ResidentProfile.FormerName("Margaret", "Smith", LocalDate.of(2020, 6, 1))));
        ResidentProfile single = profile(1, "Smith", "SE22 8AA", null, List.of());
        var result = new ResidentMatcher(MatchSettings.DEFAULT).compare(details(married), details(single));

        List<SideBySide.Row> rows = SideBySide.rows(married, single, result);

        assertEquals(List.of("forename", "surname", "date of birth", "address", "NI number", "phone", "e-mail", "references"),
                rows.stream().map(SideBySide.Row::field).toList());
        SideBySide.Row surname = rows.get(1);
        assertEquals("Jones (formerly Smith)", surname.left());
        assertEquals("Smith", surname.right());
        assertEquals("surname matches a previous surname (e.g. before marriage)", surname.agreement());
        assertTrue(surname.weight() > 0, "a previous surname is evidence for one person");
        assertEquals("3 Apr 1961", rows.get(2).left());
        assertTrue(rows.get(2).same());
        assertFalse(rows.get(3).same(), "they moved");
        assertEquals("—", rows.get(4).right(), "a missing value is shown as a dash, not left blank");
        assertEquals(0, rows.get(7).weight(), "references are shown but not scored");
    }
}
