package uk.gov.council.cs.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThresholdConfigurationTest {

    @Test
    void theDefaultThresholdIsFive() {
        DisclosureControl control = new DisclosureControl();
        assertEquals(5, control.threshold());
        assertFalse(control.isSmall(0));
        assertTrue(control.isSmall(1));
        assertTrue(control.isSmall(4));
        assertFalse(control.isSmall(5));
    }

    @Test
    void aThresholdOfTenMakesOneToNineSmall() {
        DisclosureControl ons = new DisclosureControl(10);
        assertTrue(ons.isSmall(9));
        assertFalse(ons.isSmall(10));
    }

    @Test
    void aThresholdOfThreeMakesOneAndTwoSmall() {
        DisclosureControl lenient = new DisclosureControl(3);
        assertTrue(lenient.isSmall(2));
        assertFalse(lenient.isSmall(3));
    }

    @Test
    void aThresholdBelowThreeIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new DisclosureControl(2));
        assertEquals("The suppression threshold must be at least 3 (counts 1 and 2 are always unsafe, and a range of"
                + " one value would publish it); got 2", refused.getMessage());
    }

    @Test
    void aNullTableIsRefused() {
        assertThrows(NullPointerException.class, () -> new DisclosureControl().protect(null));
    }
}
