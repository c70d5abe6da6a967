package uk.gov.council.cs.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A job's name holds for its own call only, nested calls restore the outer name, and a failure clears it. */
class ActingAsTest {

    @Test
    void theNameHoldsForTheCallOnly() {
        assertEquals(Optional.of("retention-job"), ActingAs.job("retention-job", ActingAs::current));
        assertEquals(Optional.empty(), ActingAs.current(), "gone after the call");
    }

    @Test
    void anInnerJobGivesBackTheOuterName() {
        String after = ActingAs.job("demo-data", () -> {
            assertEquals(Optional.of("resident-intake"), ActingAs.job("resident-intake", ActingAs::current));
            return ActingAs.current().orElseThrow();
        });
        assertEquals("demo-data", after);
    }

    @Test
    void aFailureStillClearsTheName() {
        assertThrows(IllegalStateException.class, () -> ActingAs.job("retention-job", () -> {
            throw new IllegalStateException("the run failed");
        }));
        assertEquals(Optional.empty(), ActingAs.current());
    }
}
