package uk.gov.council.cs.residents.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchSettingsTest {

    @Test
    void theDefaultsApplyWhenNothingIsConfigured() {
        assertEquals(MatchSettings.DEFAULT, MatchSettings.from(key -> null));
    }

    @Test
    void thresholdsComeFromConfiguration() {
        Map<String, String> config = Map.of("council.matching.link-at", "0.995", "council.matching.review-at", " 0.6 ");
        MatchSettings settings = MatchSettings.from(config::get);
        assertEquals(0.995, settings.linkAt());
        assertEquals(0.6, settings.reviewAt());
        assertEquals(MatchSettings.DEFAULT.priorMatch(), settings.priorMatch());
    }

    @Test
    void aSettingThatIsNotANumberIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatchSettings.from(Map.of("council.matching.link-at", "high")::get));
        assertEquals("Setting council.matching.link-at must be a number such as 0.95, not \"high\".", e.getMessage());
    }

    @Test
    void reviewAboveLinkIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MatchSettings.from(Map.of("council.matching.link-at", "0.5", "council.matching.review-at", "0.9")::get));
    }
}
