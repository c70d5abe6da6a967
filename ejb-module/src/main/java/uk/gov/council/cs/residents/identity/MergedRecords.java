package uk.gov.council.cs.residents.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which records make up one person after merges: the record itself and every record merged into
 * it, however deep. The single customer view and the subject access export read the whole group.
 */
@ApplicationScoped
public class MergedRecords {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    /** The record first, then the records merged into it. */
    public List<Long> groupOf(long residentId) {
        Set<Long> group = new LinkedHashSet<>();
        group.add(residentId);
        List<Long> frontier = List.of(residentId);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (Long id : em.createQuery("SELECT r.id FROM Resident r WHERE r.mergedInto IN :ids ORDER BY r.id", Long.class)
                    .setParameter("ids", frontier).getResultList()) {
                if (group.add(id)) {
                    next.add(id);
                }
            }
            frontier = next;
        }
        return List.copyOf(group);
    }

    /** The records merged into this one, directly or through another. */
    public List<Long> mergedInto(long residentId) {
        List<Long> group = groupOf(residentId);
        return group.subList(1, group.size());
    }
}
