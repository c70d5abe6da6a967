package uk.gov.council.cs.residents.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import uk.gov.council.cs.residents.Resident;
import uk.gov.council.cs.audit.ActingAs;

/** Puts pairs the matcher could not decide in front of staff, inside the registration's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewQueue {

    /** A new record raises at most this many pairs: the likeliest. */
    static final int MOST_PAIRS = 3;
    private static final Logger LOG = Logger.getLogger(ReviewQueue.class.getName());

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private Principal caller;

    /** @return the ids of the reviews raised; none when no candidate was worth a look */
    public List<Long> raise(Resident registered, List<ResidentMatching.Assessed> matches) {
        String by = ActingAs.who(caller);
        Instant now = Instant.now();
        List<Long> ids = new ArrayList<>();
        for (ResidentMatching.Assessed match : matches.stream().limit(MOST_PAIRS).toList()) {
            IdentityReview review = new IdentityReview(registered.getId(), match.onFile().getId(),
                    match.result().probability(), match.result().explanation(), by, now);
            em.persist(review);
            em.flush();
            ids.add(review.getId());
        }
        if (!ids.isEmpty()) {
            // Ids only: the explanation quotes what was compared.
            LOG.info(() -> "Resident " + registered.getId() + " raised identity reviews " + ids);
        }
        return ids;
    }
}
