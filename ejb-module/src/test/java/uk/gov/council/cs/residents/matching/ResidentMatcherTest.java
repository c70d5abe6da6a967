package uk.gov.council.cs.residents.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResidentMatcherTest {

    private static final ResidentMatcher MATCHER = new ResidentMatcher(MatchSettings.DEFAULT);
    private static final long HOME = 100023336956L;
    private static final long ELSEWHERE = 100021000001L;

    /** On file: Aisha Khan, born 2 March 1984, at HOME in SE15 4QB. */
    private static final PersonDetails AISHA = person("Aisha", "Khan", "1984-03-02", "SE15 4QB", HOME);

    private static PersonDetails person(String given, String surname, String dob, String postcode, Long uprn) {
        return new PersonDetails(given, surname, List.of(), dob == null ? null : LocalDate.parse(dob), postcode, uprn,
                null, Set.of(), Set.of());
    }

    private static PersonDetails withPrevious(PersonDetails p, String... previous) {
        return new PersonDetails(p.givenNames(), p.surname(), List.of(previous), p.dateOfBirth(), p.postcode(), p.uprn(),
                p.niNumber(), p.phones(), p.emails());
    }

    private static PersonDetails withContact(PersonDetails p, String ni, String phone, String email) {
        return new PersonDetails(p.givenNames(), p.surname(), p.previousSurnames(), p.dateOfBirth(), p.postcode(), p.uprn(),
                ni, phone == null ? Set.of() : Set.of(phone), email == null ? Set.of() : Set.of(email));
    }

    static Stream<Arguments> cases() {
        PersonDetails john1960 = person("John", "Smith", "1960-05-17", "SE5 9RS", HOME);
        PersonDetails mary = person("Mary", "Smith", "1962-11-03", "SE5 9RS", HOME);
        PersonDetails johnJunior = person("John", "Smith", "1990-08-21", "SE5 9RS", HOME);
        PersonDetails amir = person("Amir", "Hussain", "2001-07-09", "SW9 8AB", HOME);
        PersonDetails aaron = person("Aaron", "Hussain", "2001-07-09", "SW9 8AB", HOME);
        PersonDetails sarahOnFile = withPrevious(person("Sarah", "Evans", "1988-01-30", "SE22 8AA", HOME), "Okafor");
        return Stream.of(
                Arguments.of("the same record", AISHA, AISHA, MatchDecision.LINK),
                Arguments.of("accents, case and spaces", person(" aïsha ", "KHAN", "1984-03-02", "SE15 4QB", HOME), AISHA, MatchDecision.LINK),
                Arguments.of("typo in the forename", person("Aisah", "Khan", "1984-03-02", "SE15 4QB", HOME), AISHA, MatchDecision.LINK),
                Arguments.of("typo in the surname", person("Aisha", "Kahn", "1984-03-02", "SE15 4QB", HOME), AISHA, MatchDecision.LINK),
                Arguments.of("spelling variant of the forename", person("Ayesha", "Khan", "1984-03-02", "SE15 4QB", HOME), AISHA, MatchDecision.LINK),
                Arguments.of("nickname", person("Bill", "Turner", "1950-10-10", "SE1 7PB", HOME),
                        person("William", "Turner", "1950-10-10", "SE1 7PB", HOME), MatchDecision.LINK),
                Arguments.of("short form of the forename (Jake for Jacob)", person("Jake", "Mensah", "2003-04-11", "SE5 8TR", HOME),
                        person("Jacob", "Mensah", "2003-04-11", "SE5 8TR", HOME), MatchDecision.LINK),
                Arguments.of("forename and surname swapped", person("Khan", "Aisha", "1984-03-02", "SE15 4QB", HOME), AISHA, MatchDecision.LINK),
                Arguments.of("transposed date-of-birth digits", person("Aisha", "Khan", "1984-03-20", "SE15 4QB", HOME),
                        person("Aisha", "Khan", "1984-03-02", "SE15 4QB", HOME), MatchDecision.LINK),
                Arguments.of("another day of the same month, same property", person("Aisha", "Khan", "1984-03-20", "SE15 4QB", HOME),
                        person("Aisha", "Khan", "1984-03-01", "SE15 4QB", HOME), MatchDecision.LINK),
                Arguments.of("another day of the same month, same postcode: a person decides",
                        person("Aisha", "Khan", "1984-03-20", "SE15 4QB", null), person("Aisha", "Khan", "1984-03-01", "SE15 4QB", HOME),
                        MatchDecision.REVIEW),
                Arguments.of("another day of the same month, elsewhere", person("Aisha", "Khan", "1984-03-20", "N1 9GU", ELSEWHERE),
                        person("Aisha", "Khan", "1984-03-01", "SE15 4QB", HOME), MatchDecision.DIFFERENT_PERSON),
                Arguments.of("day and month swapped", person("Aisha", "Khan", "1984-02-03", "SE15 4QB", HOME), AISHA, MatchDecision.LINK),
                Arguments.of("one digit of the year wrong", person("Aisha", "Khan", "1994-03-02", "SE15 4QB", HOME), AISHA, MatchDecision.LINK),
                Arguments.of("name changed on marriage, same home", person("Sarah", "Okafor", "1988-01-30", "SE22 8AA", HOME),
                        sarahOnFile, MatchDecision.LINK),
                Arguments.of("name changed on marriage and moved: a person decides", person("Sarah", "Okafor", "1988-01-30", "SE24 0AB", ELSEWHERE),
                        sarahOnFile, MatchDecision.REVIEW),
                Arguments.of("moved house, nothing else to go on: a person decides", person("Aisha", "Khan", "1984-03-02", "N1 9GU", ELSEWHERE),
                        AISHA, MatchDecision.REVIEW),
                Arguments.of("moved house, same mobile", withContact(person("Aisha", "Khan", "1984-03-02", "N1 9GU", ELSEWHERE), null, "+44 7700 900123", null),
                        withContact(AISHA, null, "07700 900123", null), MatchDecision.LINK),
                Arguments.of("moved house, same NI number", withContact(person("Aisha", "Khan", "1984-03-02", "N1 9GU", ELSEWHERE), "JG103759A", null, null),
                        withContact(AISHA, "JG 10 37 59 A", null, null), MatchDecision.LINK),
                Arguments.of("husband and wife at one address", mary, john1960, MatchDecision.DIFFERENT_PERSON),
                Arguments.of("parent and child with the same name at one address", johnJunior, john1960, MatchDecision.DIFFERENT_PERSON),
                Arguments.of("parent and child born on the same day of the year, one digit apart (1960, 1990): a person decides",
                        person("Kwame", "Mensah", "1990-05-01", "SE5 8TR", HOME),
                        person("Kwame", "Mensah", "1960-05-01", "SE5 8TR", HOME), MatchDecision.REVIEW),
                Arguments.of("year of birth keyed with two digits swapped (1948 for 1984): a person decides",
                        person("Aisha", "Khan", "1948-03-02", "SE15 4QB", HOME), AISHA, MatchDecision.REVIEW),
                Arguments.of("parent and child a generation apart with different birthdays",
                        person("Kwame", "Mensah", "1990-08-14", "SE5 8TR", HOME),
                        person("Kwame", "Mensah", "1960-05-01", "SE5 8TR", HOME), MatchDecision.DIFFERENT_PERSON),
                Arguments.of("twins", aaron, amir, MatchDecision.DIFFERENT_PERSON),
                Arguments.of("different NI numbers", withContact(AISHA, "JG103759A", null, null),
                        withContact(AISHA, "AB123456C", null, null), MatchDecision.DIFFERENT_PERSON),
                Arguments.of("strangers", person("Tomasz", "Nowak", "1979-06-30", "SW9 8AB", ELSEWHERE), AISHA, MatchDecision.DIFFERENT_PERSON),
                Arguments.of("same name, elsewhere, different birthday", person("Aisha", "Khan", "1991-12-25", "N1 9GU", ELSEWHERE), AISHA,
                        MatchDecision.DIFFERENT_PERSON));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("cases")
    void decides(String situation, PersonDetails incoming, PersonDetails onFile, MatchDecision expected) {
        MatchResult result = MATCHER.compare(incoming, onFile);
        assertEquals(expected, result.decision(), () -> situation + ": " + result.explanation());
    }

    @Test
    void twinsAreExplained() {
        MatchResult result = MATCHER.compare(person("Aaron", "Hussain", "2001-07-09", "SW9 8AB", HOME),
                person("Amir", "Hussain", "2001-07-09", "SW9 8AB", HOME));
        assertEquals(List.of("the forenames are different names (twins?)"), result.conflicts());
        assertTrue(result.explanation().contains("date of birth: same date of birth (+14.5)"), result.explanation());
    }

    @Test
    void aKeyingSlipAGenerationApartIsLeftToAPerson() {
        MatchResult result = MATCHER.compare(person("Aisha", "Khan", "1948-03-02", "SE15 4QB", HOME), AISHA);
        assertEquals(MatchDecision.REVIEW, result.decision(), result.explanation());
        assertTrue(result.probability() >= MatchSettings.DEFAULT.linkAt(), "the score alone would have linked: " + result.explanation());
        assertEquals(List.of(), result.conflicts());
        assertEquals(1, result.cautions().size());
        assertTrue(result.explanation().contains("caution: the years of birth are a generation apart"), result.explanation());
    }

    @Test
    void everyFieldIsExplained() {
        MatchResult result = MATCHER.compare(person("Aisah", "Khan", "1984-03-20", "SE15 4QB", HOME),
                person("Aisha", "Khan", "1984-03-02", "SE15 4QB", HOME));
        String explanation = result.explanation();
        for (String expected : new String[] {"forename: forenames differ by a typing slip", "surname: same surname",
                "date of birth: two neighbouring digits swapped", "address: same property (UPRN)",
                "NI number: NI number missing on one record (+0.0)"}) {
            assertTrue(explanation.contains(expected), () -> "missing \"" + expected + "\" in " + explanation);
        }
        assertEquals(7, result.fields().size());
    }

    @Test
    void theThresholdsAreTheCouncilsChoice() {
        PersonDetails moved = person("Aisha", "Khan", "1984-03-02", "N1 9GU", ELSEWHERE);
        assertEquals(MatchDecision.REVIEW, MATCHER.compare(moved, AISHA).decision());
        assertEquals(MatchDecision.LINK, new ResidentMatcher(new MatchSettings(0.95, 0.5, 1e-6)).compare(moved, AISHA).decision());
        assertEquals(MatchDecision.DIFFERENT_PERSON,
                new ResidentMatcher(new MatchSettings(0.999, 0.99, 1e-6)).compare(moved, AISHA).decision());
    }

    @Test
    void thresholdsMustBeInOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MatchSettings(0.5, 0.9, 1e-6));
        assertEquals("Matching thresholds must satisfy 0 < review <= link < 1 (review 0.9, link 0.5).", e.getMessage());
    }
}
