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
import uk.gov.council.cs.audit.ActingAs;

/**
 * Produces the letters a complainant receives from the council's templates (its own wording where
 * an administrator has saved one, else the shipped wording), keeps each on the complaint and puts
 * it on the resident's timeline, inside the step's own transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintLetters {

    private static final java.time.format.DateTimeFormatter LETTER_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private TimelineRecorder timeline;

    @Inject
    private Principal caller;

    /** What every letter to a resident can say of them, the council and its signer. */
    public java.util.Map<String, String> aboutResident(uk.gov.council.cs.residents.Resident resident, String signer,
                                                        java.time.LocalDate today) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("councilName", System.getProperty("council.name", "Borough Council"));
        values.put("residentName", resident.getForename() + " " + resident.getSurname());
        values.put("address", resident.getAddress().oneLine());
        values.put("today", LETTER_DATE.format(today));
        values.put("officerName", signer);
        return values;
    }

    /** A day as letters write it: "18 January 2027". */
    public static String day(java.time.LocalDate day) {
        return LETTER_DATE.format(day);
    }

    public LetterTemplate template(LetterKind kind) {
        StoredLetterTemplate stored = em.find(StoredLetterTemplate.class, kind);
        return stored == null ? LetterTemplate.shipped(kind) : stored.template();
    }

    public ComplaintLetter send(Feedback complaint, LetterKind kind, Map<String, String> values, Instant at) {
        LetterTemplate.Letter letter = template(kind).render(values);
        ComplaintLetter kept = new ComplaintLetter(complaint.getId(), letter, at, ActingAs.who(caller));
        em.persist(kept);
        em.flush();
        timeline.record(complaint.getResidentId(), at, FeedbackKind.COMPLAINT.timelineKind(), complaint.getServiceId(),
                "Letter sent: " + letter.subject(), "complaint-letter", kept.getId());
        return kept;
    }
}
