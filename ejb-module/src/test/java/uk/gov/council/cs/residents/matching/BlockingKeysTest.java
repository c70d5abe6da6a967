package uk.gov.council.cs.residents.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A true match must share at least one blocking key, or it is never compared at all. */
class BlockingKeysTest {

    private static PersonDetails person(String given, String surname, String dob, String postcode, Long uprn) {
        return new PersonDetails(given, surname, List.of(), LocalDate.parse(dob), postcode, uprn, null, Set.of(), Set.of());
    }

    private static void shareAKey(PersonDetails a, PersonDetails b) {
        assertFalse(Collections.disjoint(BlockingKeys.of(a), BlockingKeys.of(b)),
                () -> "no shared key: " + BlockingKeys.of(a) + " / " + BlockingKeys.of(b));
    }

    @Test
    void typoInTheSurnameStillMeetsOnDateOfBirth() {
        shareAKey(person("Aisha", "Kahn", "1984-03-02", "SE15 4QB", 1L), person("Aisha", "Khan", "1984-03-02", "SE15 4QB", 1L));
    }

    @Test
    void transposedDateOfBirthStillMeetsOnAddressAndSurname() {
        shareAKey(person("Aisha", "Khan", "1984-03-20", "N1 9GU", null), person("Aisha", "Khan", "1984-03-02", "N1 9GU", null));
    }

    @Test
    void transposedDateAndMovedHouseStillMeetOnSurnameSoundAndYear() {
        shareAKey(person("Aisha", "Khan", "1984-03-20", "N1 9GU", 5L), person("Aisha", "Khan", "1984-03-02", "SE15 4QB", 1L));
    }

    @Test
    void marriedAndMovedStillMeetOnDateOfBirth() {
        shareAKey(person("Sarah", "Okafor", "1988-01-30", "SE24 0AB", 5L), person("Sarah", "Evans", "1988-01-30", "SE22 8AA", 1L));
    }
}
