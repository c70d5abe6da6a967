package uk.gov.council.cs.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoadWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-02T01:30:00Z");
    private static final Duration OVERLAP = Duration.ofMinutes(10);

    @Test
    void aFactNeverLoadedTakesEverythingUpToNow() {
        LoadWindow w = LoadWindow.next(null, null, null, NOW, OVERLAP);
        assertEquals(LoadWindow.BEGINNING, w.from());
        assertEquals(NOW, w.to());
        assertFalse(w.resuming());
    }

    @Test
    void theNextLoadReachesBackByTheOverlapForLateCommits() {
        Instant last = Instant.parse("2026-12-01T01:30:00Z");
        LoadWindow w = LoadWindow.next(last, null, null, NOW, OVERLAP);
        assertEquals(Instant.parse("2026-12-01T01:20:00Z"), w.from());
        assertEquals(NOW, w.to());
        assertEquals(Long.MIN_VALUE, w.resumeAfterId());
    }

    @Test
    void aLoadThatDiedResumesItsOwnWindowAfterTheLastIdItCommitted() {
        Instant last = Instant.parse("2026-12-01T01:30:00Z");
        Instant diedLoading = Instant.parse("2026-12-02T01:00:00Z");
        LoadWindow w = LoadWindow.next(last, diedLoading, 4711L, NOW, OVERLAP);
        assertTrue(w.resuming());
        assertEquals(diedLoading, w.to(), "the same window, not a new one");
        assertEquals(4711L, w.resumeAfterId());
        assertEquals(Instant.parse("2026-12-01T01:20:00Z"), w.from());
    }

    @Test
    void aRebuildStartsFromTheBeginningWhateverWasLoaded() {
        LoadWindow w = LoadWindow.rebuild(NOW);
        assertEquals(LoadWindow.BEGINNING, w.from());
        assertEquals(NOW, w.to());
    }
}
