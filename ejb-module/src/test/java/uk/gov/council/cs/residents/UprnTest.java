package uk.gov.council.cs.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UprnTest {

    @ParameterizedTest
    @CsvSource({"100023336956, 100023336956", "' 10033544614 ', 10033544614", "1, 1", "000123, 123", "999999999999, 999999999999"})
    void accepts(String typed, long value) {
        assertEquals(value, Uprn.of(typed).value());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "''             | UPRN is missing.",
        "10002333695A   | A UPRN contains only digits.",
        "-12            | A UPRN contains only digits.",
        "0              | A UPRN is never zero.",
        "1000233369561  | A UPRN has at most 12 digits."
    })
    void refusesWithASpecificReason(String typed, String reason) {
        assertEquals(reason, Uprn.problemWith(typed).orElse("(accepted)"));
        assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> Uprn.of(typed)).getMessage());
    }
}
