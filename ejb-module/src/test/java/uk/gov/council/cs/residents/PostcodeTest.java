package uk.gov.council.cs.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeTest {

    @ParameterizedTest(name = "\"{0}\" is valid and normalises to \"{1}\"")
    @CsvSource({
        "M1 1AE, M1 1AE",          // A9 9AA
        "B33 8TH, B33 8TH",        // A99 9AA
        "W1A 0AX, W1A 0AX",        // A9A 9AA
        "CR2 6XH, CR2 6XH",        // AA9 9AA
        "DN55 1PT, DN55 1PT",      // AA99 9AA
        "EC1A 1BB, EC1A 1BB",      // AA9A 9AA
        "se15 4qb, SE15 4QB",      // lower case
        "SE154QB, SE15 4QB",       // no space
        "'  sw9  8ab ', SW9 8AB",  // stray spaces
        "GIR 0AA, GIR 0AA",        // the special case
        "gir0aa, GIR 0AA"
    })
    void acceptsEveryUkFormat(String typed, String normalised) {
        assertEquals(normalised, Postcode.of(typed).value());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "''            | Postcode is missing.",
        "'   '         | Postcode is missing.",
        "SE15-4QB      | Postcode may contain only letters, digits and spaces.",
        "SE1           | Postcode must be 5 to 7 letters and digits long (for example SW1A 1AA).",
        "SW1A1AAA1     | Postcode must be 5 to 7 letters and digits long (for example SW1A 1AA).",
        "SE15 QQB      | Postcode must end with a digit and two letters (for example 1AA).",
        "SE15 4CB      | The last two letters of a postcode are never C, I, K, M, O or V.",
        "SE15 4QI      | The last two letters of a postcode are never C, I, K, M, O or V.",
        "SE15 4KQ      | The last two letters of a postcode are never C, I, K, M, O or V.",
        "SE15 4MQ      | The last two letters of a postcode are never C, I, K, M, O or V.",
        "SE15 4OQ      | The last two letters of a postcode are never C, I, K, M, O or V.",
        "SE15 4VQ      | The last two letters of a postcode are never C, I, K, M, O or V.",
        "1E15 4QB      | The first part of the postcode (\"1E15\") is not a UK outward code such as A9, A99, A9A, AA9, AA99 or AA9A.",
        "SEE1 4QB      | The first part of the postcode (\"SEE1\") is not a UK outward code such as A9, A99, A9A, AA9, AA99 or AA9A.",
        "S1AA 4QB      | The first part of the postcode (\"S1AA\") is not a UK outward code such as A9, A99, A9A, AA9, AA99 or AA9A."
    })
    void refusesWithASpecificReason(String typed, String reason) {
        assertEquals(reason, Postcode.problemWith(typed).orElse("(accepted)"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Postcode.of(typed));
        assertEquals(reason, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"SE15 4QB, SE15", "M1 1AE, M1", "EC1A 1BB, EC1A", "GIR 0AA, GIR"})
    void outwardCodeNamesTheDistrict(String postcode, String district) {
        assertEquals(district, Postcode.of(postcode).outwardCode());
    }

    @org.junit.jupiter.api.Test
    void nullIsMissing() {
        assertTrue(Postcode.problemWith(null).isPresent());
    }
}
