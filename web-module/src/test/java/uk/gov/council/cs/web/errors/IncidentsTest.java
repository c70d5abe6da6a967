package uk.gov.council.cs.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A fault is logged with an incident number, its types and frames, and none of its messages. */
class IncidentsTest {

    private static final class Kept extends Handler {
        final List<LogRecord> records = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theLogHasTheNumberAndTheTypesButNotTheMessages() {
        Kept kept = new Kept();
        Logger logger = Logger.getLogger(Incidents.class.getName());
        logger.addHandler(kept);
        try {
            IllegalStateException fault = new IllegalStateException("wrapper for Jane Doe, born 1990-02-03",
                    new NumberFormatException("For input string: \"SE15 4QB\""));
            String id = Incidents.record("API ResidentsResource.register", fault);

            assertTrue(id.matches("[0-9A-F]{8}"), id);
            LogRecord record = kept.records.get(0);
            assertTrue(record.getMessage().contains("Incident " + id), record.getMessage());
            assertTrue(record.getMessage().contains("java.lang.IllegalStateException < java.lang.NumberFormatException"),
                    record.getMessage());
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            String logged = record.getMessage() + trace;
            assertFalse(logged.contains("Jane") || logged.contains("1990-02-03") || logged.contains("SE15"), logged);
            assertTrue(logged.contains("IncidentsTest.theLogHasTheNumberAndTheTypesButNotTheMessages"), "frames are kept: " + logged);
            assertTrue(logged.contains("Caused by: java.lang.NumberFormatException"), logged);
        } finally {
            logger.removeHandler(kept);
        }
    }

    @Test
    void numbersDiffer() {
        assertFalse(Incidents.record("test", new RuntimeException()).equals(Incidents.record("test", new RuntimeException())));
        assertEquals("java.lang.RuntimeException", Incidents.types(new RuntimeException("secret")));
    }
}
