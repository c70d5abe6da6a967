package uk.gov.council.cs.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The full profile is checked field by field, with a message that names the field and the fix. */
class ResidentDetailsTest {

    private static final Address HOME = new Address("Flat 2", "14", "Rye Lane", null, "London", "SE15 4QB", 10001234567L);

    private static ResidentDetails details(String ni, Set<String> phones, Set<String> emails, String language, boolean interpreter) {
        return new ResidentDetails("Ngozi", null, "Okafor", LocalDate.of(1979, 3, 2), HOME, ni, phones, emails, language,
                interpreter, Set.of(CommunicationNeed.LARGE_PRINT), null);
    }

    @Test
    void aFullProfileIsAccepted() {
        assertEquals(List.of(), details("JK 12 34 56 C", Set.of("07700 900123", "+44 20 7946 0000"),
                Set.of("ngozi@example.org"), "Yoruba", true).problems());
    }

    @Test
    void eachBadFieldIsNamed() {
        assertEquals(List.of("The prefix GB is not used for National Insurance numbers.",
                        "Phone number \"12345\" is not a UK number of 10 or 11 digits starting with 0 (or +44).",
                        "E-mail address \"ngozi.example.org\" is not in the form name@example.org.",
                        "Say which language the interpreter is for (preferred language)."),
                details("GB123456A", Set.of("12345"), Set.of("ngozi.example.org"), null, true).problems());
    }

    @Test
    void addressProblemsAreReportedOnce() {
        ResidentDetails d = new ResidentDetails("Ngozi", null, "Okafor", LocalDate.of(1979, 3, 2),
                new Address(null, "14", "Rye Lane", null, "London", "SE15 4QV", 0L), null, null, null, null, false, null, null);
        List<String> problems = d.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("The last two letters of a postcode are never C, I, K, M, O or V.", problems.get(0));
    }

    @Test
    void anAddressReadsOnOneLine() {
        assertEquals("Flat 2, 14 Rye Lane, London SE15 4QB", HOME.oneLine());
        assertEquals("SE15 4QB", new Address(null, null, null, null, null, "SE15 4QB", null).oneLine());
    }

    @Test
    void phonesAreStoredInNationalForm() {
        assertEquals("07700900123", ResidentDetails.nationalPhone("+44 (0)7700 900123"));
        assertEquals("07700900123", ResidentDetails.nationalPhone("+44 ( 0 ) 7700 900123"));
        assertEquals("07700900123", ResidentDetails.nationalPhone("+447700900123"));
        assertEquals("07700900123", ResidentDetails.nationalPhone("07700 900123"));
        assertEquals("02079460000", ResidentDetails.nationalPhone("0044 20 7946 0000"));
    }
}
