package uk.gov.council.cs.residents.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search results rank by evidence and say why, in the matcher's words. */
class SearchRankingTest {

    private static PersonDetails person(String given, String surname, LocalDate dob, String postcode) {
        return new PersonDetails(given, surname, List.of(), dob, postcode, null, null, Set.of(), Set.of());
    }

    private static final LocalDate DOB = LocalDate.of(1961, 4, 3);

    @Test
    void theSamePersonOutranksASoundAlikeOfAnotherAge() {
        PersonDetails typed = person("Bill", "Smyth", DOB, null);
        SearchRanking.Ranked same = SearchRanking.rank(typed, person("William", "Smith", DOB, "SE15 4QB"), false);
        SearchRanking.Ranked other = SearchRanking.rank(typed, person("William", "Smith", LocalDate.of(1990, 1, 1), "SE15 4QB"), false);
        assertTrue(same.score() > other.score(), same + " should outrank " + other);
        assertTrue(same.why().stream().anyMatch(w -> w.contains("same date of birth")), same.why()::toString);
        assertTrue(same.why().stream().anyMatch(w -> w.contains("forms of one name")), same.why()::toString);
    }

    @Test
    void fieldsNotTypedSayNothing() {
        SearchRanking.Ranked ranked = SearchRanking.rank(person(null, "Okafor", null, null),
                person("Ngozi", "Okafor", DOB, "SE5 9RS"), false);
        assertTrue(ranked.relevant());
        assertTrue(ranked.why().stream().noneMatch(w -> w.startsWith("date of birth")), ranked.why()::toString);
    }

    @Test
    void aMatchingSystemReferenceIsEnoughOnItsOwn() {
        SearchRanking.Ranked ranked = SearchRanking.rank(person(null, null, null, null),
                person("Ngozi", "Okafor", DOB, "SE5 9RS"), true);
        assertTrue(ranked.relevant());
        assertTrue(ranked.why().contains("system reference: same reference"));
    }

    @Test
    void aDifferentPersonOfTheSameDateOfBirthIsNotRelevant() {
        SearchRanking.Ranked ranked = SearchRanking.rank(person("Aisha", "Khan", DOB, null),
                person("Tomasz", "Nowak", DOB, "SE5 9RS"), false);
        assertFalse(ranked.relevant(), ranked::toString);
    }
}
