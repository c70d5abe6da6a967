package uk.gov.council.cs.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalInsuranceNumberTest {

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource({
        "AB123456C, AB 12 34 56 C",
        "ab 12 34 56 c, AB 12 34 56 C",
        "'  JG 10 37 59 A ', JG 10 37 59 A",
        "CE123456D, CE 12 34 56 D",
        "OA123456B, OA 12 34 56 B",     // O may be the first letter
        "NA123456A, NA 12 34 56 A",     // N alone is fine; only NK and NT are unused
        "BA123456A, BA 12 34 56 A",
        "ZY123456C, ZY 12 34 56 C"
    })
    void acceptsAndNormalises(String typed, String formatted) {
        assertEquals(formatted, NationalInsuranceNumber.of(typed).formatted());
        assertEquals(formatted.replace(" ", ""), NationalInsuranceNumber.of(typed).value());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "''          | National Insurance number is missing.",
        "AB-12-34-56-C | A National Insurance number contains only letters, digits and spaces.",
        "AB12345C    | A National Insurance number is two letters, six digits and a letter (for example AB 12 34 56 C).",
        "A1234567C   | A National Insurance number is two letters, six digits and a letter (for example AB 12 34 56 C).",
        "AB123456    | A National Insurance number is two letters, six digits and a letter (for example AB 12 34 56 C).",
        "DA123456A   | A National Insurance number never starts with D, F, I, Q, U or V.",
        "FA123456A   | A National Insurance number never starts with D, F, I, Q, U or V.",
        "IA123456A   | A National Insurance number never starts with D, F, I, Q, U or V.",
        "QQ123456C   | A National Insurance number never starts with D, F, I, Q, U or V.",
        "UA123456A   | A National Insurance number never starts with D, F, I, Q, U or V.",
        "VA123456A   | A National Insurance number never starts with D, F, I, Q, U or V.",
        "AD123456A   | The second letter of a National Insurance number is never D, F, I, O, Q, U or V.",
        "AF123456A   | The second letter of a National Insurance number is never D, F, I, O, Q, U or V.",
        "AI123456A   | The second letter of a National Insurance number is never D, F, I, O, Q, U or V.",
        "AO123456A   | The second letter of a National Insurance number is never D, F, I, O, Q, U or V.",
        "AQ123456A   | The second letter of a National Insurance number is never D, F, I, O, Q, U or V.",
        "AU123456A   | The second letter of a National Insurance number is never D, F, I, O, Q, U or V.",
        "AV123456A   | The second letter of a National Insurance number is never D, F, I, O, Q, U or V.",
        "BG123456A   | The prefix BG is not used for National Insurance numbers.",
        "GB123456A   | The prefix GB is not used for National Insurance numbers.",
        "KN123456A   | The prefix KN is not used for National Insurance numbers.",
        "NK123456A   | The prefix NK is not used for National Insurance numbers.",
        "NT123456A   | The prefix NT is not used for National Insurance numbers.",
        "TN123456A   | The prefix TN is not used for National Insurance numbers.",
        "ZZ123456A   | The prefix ZZ is not used for National Insurance numbers.",
        "AB123456E   | The last letter of a National Insurance number is A, B, C or D.",
        "AB123456Z   | The last letter of a National Insurance number is A, B, C or D."
    })
    void refusesWithASpecificReason(String typed, String reason) {
        assertEquals(reason, NationalInsuranceNumber.problemWith(typed).orElse("(accepted)"));
        assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> NationalInsuranceNumber.of(typed)).getMessage());
    }
}
