package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When the adviser began dealing with each resident this session: a contact logged without a length
 * is taken to have lasted from when the record was first opened until it is logged. Kept for the
 * last few records only (an adviser moves on); logging a contact starts the next one's clock.
 */
@SessionScoped
public class ContactClock implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int REMEMBERED = 20;

    private final Map<Long, Instant> openedAt = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized void opened(long residentId) {
        openedAt.putIfAbsent(residentId, Instant.now());
    }

    /** When dealing with the resident began: when their record was first opened, or now if it never was. */
    synchronized Instant startedWith(long residentId) {
        return openedAt.getOrDefault(residentId, Instant.now());
    }

    synchronized void logged(long residentId) {
        openedAt.put(residentId, Instant.now());
    }
}
