package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OmbudsmanTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"19 007 429,19 007 429", "19007429,19 007 429", " 24 012 345 ,24 012 345", "24 012345,24 012 345"})
    void referencesAreWrittenTheOmbudsmansWay(String typed, String written) {
        assertEquals(Optional.of(written), Ombudsman.normalisedReference(typed));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "1 007 429", "19-007-429", "AB 007 429", "19 007 4290", "19  007 429"})
    void otherShapesAreNotReferences(String typed) {
        assertEquals(Optional.empty(), Ombudsman.normalisedReference(typed));
    }

    @Test
    void eachOmbudsmanHasItsOwnWords() {
        assertTrue(Ombudsman.LGSCO.stages().contains("Public interest report"));
        assertTrue(Ombudsman.HOUSING.decisions().contains("Severe maladministration"));
        assertFalse(Ombudsman.LGSCO.decisions().contains("Severe maladministration"));
        assertTrue(Ombudsman.LGSCO.faultFound("Upheld"));
        assertFalse(Ombudsman.LGSCO.faultFound("Closed after initial enquiries"));
        assertTrue(Ombudsman.HOUSING.faultFound("Service failure"));
        assertFalse(Ombudsman.HOUSING.faultFound("No maladministration"));
    }
}
