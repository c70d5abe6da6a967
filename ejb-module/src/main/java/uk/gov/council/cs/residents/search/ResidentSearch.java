package uk.gov.council.cs.residents.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.council.cs.audit.AuditTrail;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.ResidentSummary;
import uk.gov.council.cs.residents.matching.NameKeys;
import uk.gov.council.cs.residents.matching.PersonDetails;
import uk.gov.council.cs.residents.matching.SearchRanking;
import uk.gov.council.cs.security.Roles;

/**
 * Finds residents from what an adviser typed in one box. Candidates come from indexed keys (the
 * sound of the name, date of birth, postcode and every identifier); they are then ranked by the
 * same field comparisons the identity matcher uses, so a search and a match explain themselves
 * in the same words.
 */
@Stateless
public class ResidentSearch {

    /** Most candidates compared for one search; the indexed conditions keep the real number far lower. */
    static final int CANDIDATES = 300;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.ADMINISTRATOR})
    public List<SearchHit> search(String typed, int max, String purpose) {
        SearchTerms terms = SearchTerms.parse(typed);
        if (terms.isEmpty()) {
            throw new DetailsRefused("Nothing to search for.", List.of(
                    "Type a name, date of birth, postcode, NI number, phone, e-mail, UPRN or a system reference."));
        }
        List<Resident> candidates = candidates(terms);
        PersonDetails wanted = new PersonDetails(terms.forename() == null ? null
                : terms.forename() + (terms.middleNames() == null ? "" : " " + terms.middleNames()),
                terms.surname(), List.of(), terms.dateOfBirth(), terms.postcode(), terms.uprn(), terms.niNumber(),
                terms.phone() == null ? Set.of() : Set.of(terms.phone()),
                terms.email() == null ? Set.of() : Set.of(terms.email()));
        List<SearchHit> hits = new ArrayList<>();
        for (Resident r : candidates) {
            boolean referenceMatches = terms.reference() != null
                    && r.getReferences().stream().anyMatch(x -> x.getReference().equals(terms.reference()));
            SearchRanking.Ranked ranked = SearchRanking.rank(wanted, r.asPersonDetails(), referenceMatches);
            if (ranked.relevant()) {
                hits.add(new SearchHit(ResidentSummary.of(r), ranked.score(), ranked.why()));
            }
        }
        List<SearchHit> best = hits.stream().sorted(Comparator.comparingDouble(SearchHit::score).reversed()
                        .thenComparing(h -> h.resident().surname()).thenComparing(h -> h.resident().id()))
                .limit(Math.min(Math.max(1, max), 100)).toList();
        audit.recordAll(AuditTrail.Action.READ, "resident", best.stream().map(h -> h.resident().id()).toList(), purpose);
        return best;
    }

    private List<Resident> candidates(SearchTerms t) {
        List<String> any = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (t.niNumber() != null) {
            any.add("r.niNumber = :ni");
            p.put("ni", t.niNumber());
        }
        if (t.uprn() != null) {
            any.add("r.uprn = :uprn");
            p.put("uprn", t.uprn());
        }
        if (t.phone() != null) {
            any.add(":phone MEMBER OF r.phones");
            p.put("phone", t.phone());
        }
        if (t.email() != null) {
            any.add(":email MEMBER OF r.emails");
            p.put("email", t.email());
        }
        if (t.reference() != null) {
            any.add("r.id IN (SELECT x.id FROM Resident x JOIN x.references ref WHERE ref.reference = :ref)");
            p.put("ref", t.reference());
        }
        String name = nameCondition(t, p);
        List<String> qualifiers = new ArrayList<>();
        if (t.dateOfBirth() != null) {
            qualifiers.add("r.dateOfBirth = :dob");
            p.put("dob", t.dateOfBirth());
        }
        if (t.postcode() != null) {
            qualifiers.add("r.postcode = :postcode");
            p.put("postcode", t.postcode());
        }
        if (name != null && qualifiers.isEmpty()) {
            any.add(name);
        } else if (name != null) {
            // The name with either qualifier, or both qualifiers when the name was mistyped beyond recognition.
            any.add("(" + name + ") AND (" + String.join(" OR ", qualifiers) + ")");
            if (qualifiers.size() == 2) {
                any.add(String.join(" AND ", qualifiers));
            }
        } else if (!qualifiers.isEmpty()) {
            any.add(String.join(" AND ", qualifiers));
        }
        // A record merged into another is found through the one kept.
        TypedQuery<Resident> q = em.createQuery("SELECT r FROM Resident r WHERE r.mergedInto IS NULL AND ((" + String.join(") OR (", any)
                + ")) ORDER BY r.surname, r.forename, r.id", Resident.class);
        p.forEach(q::setParameter);
        return q.setMaxResults(CANDIDATES).getResultList();
    }

    /** Surname (or a previous surname) by sound, with the forename by sound or usual form; either way round. */
    private static String nameCondition(SearchTerms t, Map<String, Object> p) {
        if (t.surname() == null) {
            return null;
        }
        Set<String> surnameKeys = NameKeys.surnameKeysToSearch(t.surname());
        p.put("sk", List.copyOf(surnameKeys));
        String bySurname = "(r.surnameKey IN :sk OR r.id IN (SELECT x.id FROM Resident x JOIN x.previousNames n"
                + " WHERE n.surnameKey IN :sk))";
        if (t.forename() == null) {
            return bySurname;
        }
        p.put("fk", List.copyOf(NameKeys.forenameKeysToSearch(t.forename())));
        p.put("swappedSk", List.copyOf(NameKeys.surnameKeysToSearch(t.forename())));
        p.put("swappedFk", List.copyOf(NameKeys.forenameKeysToSearch(t.surname())));
        return "(" + bySurname + " AND r.forenameKey IN :fk) OR (r.surnameKey IN :swappedSk AND r.forenameKey IN :swappedFk)";
    }
}
