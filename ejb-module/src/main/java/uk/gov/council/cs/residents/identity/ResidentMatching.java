package uk.gov.council.cs.residents.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.residents.matching.MatchDecision;
import uk.gov.council.cs.residents.matching.MatchResult;
import uk.gov.council.cs.residents.matching.MatchSettings;
import uk.gov.council.cs.residents.matching.NameKeys;
import uk.gov.council.cs.residents.matching.PersonDetails;
import uk.gov.council.cs.residents.matching.ResidentMatcher;

/**
 * Compares an incoming or newly entered person with the residents on file. Candidates are those
 * sharing one of {@link uk.gov.council.cs.residents.matching.BlockingKeys}' keys (NI number, date of
 * birth, UPRN, phone, e-mail, postcode with the surname's sound, both names' sounds with the year of
 * birth), read through indexes; each candidate is then scored by {@link ResidentMatcher}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResidentMatching {

    /** Most candidates scored for one person; the blocking keys keep the real number far lower. */
    static final int CANDIDATES = 200;

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    private final ResidentMatcher matcher = new ResidentMatcher(MatchSettings.from(System::getProperty));

    /** One resident on file and how well they match. */
    public record Assessed(Resident onFile, MatchResult result) {
    }

    /** Residents who may be this person, the likeliest first; pairs the matcher rules out are left out. */
    public List<Assessed> assess(PersonDetails incoming) {
        List<Assessed> assessed = new ArrayList<>();
        for (Resident r : candidates(incoming)) {
            MatchResult result = matcher.compare(incoming, r.asPersonDetails());
            if (result.decision() != MatchDecision.DIFFERENT_PERSON) {
                assessed.add(new Assessed(r, result));
            }
        }
        assessed.sort(Comparator.comparing(Assessed::result, MatchResult.LIKELIEST_FIRST));
        return assessed;
    }

    /** The comparison as it stands now, for a reviewer. */
    public MatchResult compare(Resident incoming, Resident onFile) {
        return matcher.compare(incoming.asPersonDetails(), onFile.asPersonDetails());
    }

    private List<Resident> candidates(PersonDetails p) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (p.niNumber() != null) {
            any.add("r.niNumber = :ni");
            parameters.put("ni", p.niNumber());
        }
        if (p.dateOfBirth() != null) {
            any.add("r.dateOfBirth = :dob");
            parameters.put("dob", p.dateOfBirth());
        }
        if (p.uprn() != null) {
            any.add("r.uprn = :uprn");
            parameters.put("uprn", p.uprn());
        }
        String surnameKey = NameKeys.of(p.surname());
        if (surnameKey != null && p.postcode() != null) {
            any.add("r.postcode = :postcode AND r.surnameKey = :sk");
            parameters.put("postcode", p.postcode());
        }
        String forenameKey = NameKeys.of(p.forename());
        if (surnameKey != null && forenameKey != null && p.dateOfBirth() != null) {
            // A transposed or mistyped date of birth still falls in the same year more often than not.
            any.add("r.surnameKey = :sk AND r.forenameKey = :fk AND r.dateOfBirth BETWEEN :yearStart AND :yearEnd");
            parameters.put("fk", forenameKey);
            parameters.put("yearStart", LocalDate.of(p.dateOfBirth().getYear(), 1, 1));
            parameters.put("yearEnd", LocalDate.of(p.dateOfBirth().getYear(), 12, 31));
        }
        if (surnameKey != null && (parameters.containsKey("postcode") || parameters.containsKey("yearStart"))) {
            parameters.put("sk", surnameKey);
        }
        int i = 0;
        for (String phone : p.phones()) {
            any.add(":phone" + i + " MEMBER OF r.phones");
            parameters.put("phone" + i++, phone);
        }
        i = 0;
        for (String email : p.emails()) {
            any.add(":email" + i + " MEMBER OF r.emails");
            parameters.put("email" + i++, email);
        }
        if (any.isEmpty()) {
            return List.of();
        }
        TypedQuery<Resident> query = em.createQuery("SELECT r FROM Resident r WHERE r.mergedInto IS NULL AND (("
                + String.join(") OR (", any) + ")) ORDER BY r.id", Resident.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(CANDIDATES).getResultList();
    }
}
