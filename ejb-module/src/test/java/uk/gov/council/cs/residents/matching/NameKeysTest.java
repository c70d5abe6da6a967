package uk.gov.council.cs.residents.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Names that sound alike share an index key; a nickname is looked up under its usual forms. */
class NameKeysTest {

    @ParameterizedTest(name = "{0} and {1} share a key")
    @CsvSource({"Smith, Smyth", "Stephen, Steven", "Mohammed, Muhammad", "Catherine, Kathryn", "Phillips, Philips",
            "O'Brien, OBrien", "Zoë, Zoe"})
    void soundAlikesShareAKey(String a, String b) {
        assertEquals(NameKeys.of(a), NameKeys.of(b));
    }

    @Test
    void differentNamesHaveDifferentKeys() {
        assertNotEquals(NameKeys.of("Smith"), NameKeys.of("Jones"));
    }

    @Test
    void aNicknameIsSearchedUnderItsUsualForms() {
        assertTrue(NameKeys.forenameKeysToSearch("Bill").contains(NameKeys.of("William")));
        assertTrue(NameKeys.forenameKeysToSearch("Peggy").contains(NameKeys.of("Margaret")));
    }

    @Test
    void eachPartOfADoubleBarrelledSurnameIsSearched() {
        assertTrue(NameKeys.surnameKeysToSearch("Smith-Jones").contains(NameKeys.of("Jones")));
        assertTrue(NameKeys.surnameKeysToSearch("Smith-Jones").contains(NameKeys.of("Smith")));
    }

    @Test
    void noNameNoKey() {
        assertNull(NameKeys.of("  "));
        assertTrue(NameKeys.forenameKeysToSearch(null).isEmpty());
    }
}
