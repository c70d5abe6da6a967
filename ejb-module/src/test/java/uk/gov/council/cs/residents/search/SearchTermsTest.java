package uk.gov.council.cs.residents.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one search box understands identifiers by their shape and leaves the rest as the name. */
class SearchTermsTest {

    @Test
    void nameDateOfBirthAndPostcode() {
        SearchTerms t = SearchTerms.parse("Bill Smyth 3/4/1961 se15 4qb");
        assertEquals(List.of("Bill", "Smyth"), t.nameWords());
        assertEquals("Bill", t.forename());
        assertEquals("Smyth", t.surname());
        assertEquals(LocalDate.of(1961, 4, 3), t.dateOfBirth(), "day/month/year, as the British write it");
        assertEquals("SE15 4QB", t.postcode());
    }

    @Test
    void isoDateAndPostcodeWithoutSpace() {
        SearchTerms t = SearchTerms.parse("khan 1984-03-02 SE154QB");
        assertEquals(LocalDate.of(1984, 3, 2), t.dateOfBirth());
        assertEquals("SE15 4QB", t.postcode());
        assertEquals("khan", t.surname());
        assertNull(t.forename(), "a single word is a surname");
    }

    @Test
    void niNumberWithSpaces() {
        SearchTerms t = SearchTerms.parse("JK 12 34 56 C");
        assertEquals("JK123456C", t.niNumber());
        assertTrue(t.nameWords().isEmpty());
    }

    @Test
    void phoneInNationalAndInternationalForm() {
        assertEquals("07700900123", SearchTerms.parse("07700 900123").phone());
        assertEquals("07700900123", SearchTerms.parse("+44 7700 900123").phone());
        assertNull(SearchTerms.parse("07700 900123").uprn(), "a phone number is not a UPRN");
    }

    @Test
    void emailIsLowerCased() {
        assertEquals("ngozi.okafor@example.org", SearchTerms.parse("Ngozi.Okafor@Example.org").email());
    }

    @Test
    void systemReferenceAndUprn() {
        SearchTerms ref = SearchTerms.parse("TEN-100123");
        assertEquals("TEN-100123", ref.reference());
        assertNull(ref.uprn());
        assertEquals(100023456L, SearchTerms.parse("100023456").uprn());
    }

    @Test
    void impossibleDateIsNotADateOfBirth() {
        SearchTerms t = SearchTerms.parse("Patel 31/02/1980");
        assertNull(t.dateOfBirth());
        assertEquals("Patel", t.surname());
    }

    @Test
    void middleNamesAndApostrophes() {
        SearchTerms t = SearchTerms.parse("Mary Ann O'Brien");
        assertEquals("Mary", t.forename());
        assertEquals("Ann", t.middleNames());
        assertEquals("O'Brien", t.surname());
    }

    @Test
    void nothingTypedIsEmpty() {
        assertTrue(SearchTerms.parse("   ").isEmpty());
        assertTrue(SearchTerms.parse(null).isEmpty());
    }
}
