package uk.gov.council.cs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResidentsByAreaTest {

    @Test
    void postcodesAreCountedUnderTheirDistrict() {
        ResidentsByArea counts = new ResidentsByArea();
        counts.add("SE15 4QB", 3);
        counts.add("SE15 1AA", 2);
        counts.add("se1 7pb", 4);
        counts.add("SE1 9SG", 1);
        counts.add("SW9 8AB", 5);
        assertEquals(Map.of("SE15", 5, "SE1", 5, "SW9", 5), counts.byDistrict());
        assertEquals(15, counts.total());
    }

    @Test
    void aPostcodeThatIsNotOneStopsTheLoad() {
        // The operational schema only holds validated postcodes; anything else is a defect to see.
        assertThrows(IllegalArgumentException.class, () -> new ResidentsByArea().add("NOT A POSTCODE", 1));
    }
}
