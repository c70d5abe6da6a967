package uk.gov.council.cs.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import uk.gov.council.cs.timeline.TimelineRecorder;

/**
 * Produces the letters a complainant receives from the council's templates (its own wording where
 * an administrator has saved one, else the shipped wording), keeps each on the complaint and puts
 * it on the resident's timeline, inside the step's own transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintLetters {

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private TimelineRecorder timeline;

    @Inject
    private Principal caller;

    public LetterTemplate template(LetterKind kind) {
        StoredLetterTemplate stored = em.find(StoredLetterTemplate.class, kind);
        return stored == null ? LetterTemplate.shipped(kind) : stored.template();
    }

    public ComplaintLetter send(Feedback complaint, LetterKind kind, Map<String, String> values, Instant at) {
        LetterTemplate.Letter letter = template(kind).render(values);
        ComplaintLetter kept = new ComplaintLetter(complaint.getId(), letter, at, caller.getName());
        em.persist(kept);
        em.flush();
        timeline.record(complaint.getResidentId(), at, FeedbackKind.COMPLAINT.timelineKind(), complaint.getServiceId(),
                "Letter sent: " + letter.subject(), "complaint-letter", kept.getId());
        return kept;
    }
}
