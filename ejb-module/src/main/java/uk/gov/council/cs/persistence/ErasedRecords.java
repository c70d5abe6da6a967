package uk.gov.council.cs.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Leaves a line in {@code erased_record} for each record about to be erased: its kind, its id and
 * whose it was, never what it held. The warehouse reads these lines to forget the same records.
 * Called in the erasing transaction, before the delete, so the two stand or fall together.
 */
@Dependent
public class ErasedRecords {

    /** The tables whose erasures the warehouse must hear of; each has an id and a resident_id. */
    static final Set<String> TABLES = Set.of("contact", "service_request", "feedback", "equality_questionnaire");

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    /** Whether the warehouse copies this table, and so must hear of its erasures. */
    public static boolean warehoused(String table) {
        return TABLES.contains(table);
    }

    public void beforeErasing(String table, List<Long> ids) {
        if (!warehoused(table)) {
            throw new IllegalArgumentException("Erasures from " + table + " are not told to the warehouse.");
        }
        if (ids.isEmpty()) {
            return;
        }
        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        var insert = em.createNativeQuery("INSERT INTO council.erased_record (record_type, record_id, resident_id, erased_at)"
                + " SELECT CAST(? AS VARCHAR(40)), id, resident_id, CAST(? AS TIMESTAMP) FROM council." + table + " WHERE id IN (" + placeholders + ")");
        insert.setParameter(1, table);
        insert.setParameter(2, Timestamp.from(Instant.now()));
        for (int i = 0; i < ids.size(); i++) {
            insert.setParameter(i + 3, ids.get(i));
        }
        insert.executeUpdate();
    }
}
