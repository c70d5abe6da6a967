package uk.gov.council.cs.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.logging.Logger;
import uk.gov.council.cs.audit.ActingAs;
import uk.gov.council.cs.intake.RejectedRecords;
import uk.gov.council.cs.residents.ResidentService;
import uk.gov.council.cs.residents.RegistrationOutcome;
import uk.gov.council.cs.security.Roles;

/**
 * Where the resident-intake route hands over to the customer records. The route runs on the
 * broker's consumer thread, which has no caller identity (the sender was authenticated by the
 * broker when it sent), so this bean acts as the back-office system when it calls on.
 * It has a no-interface local view only: nothing outside the application can call it.
 */
@Stateless
@RunAs(Roles.BACK_OFFICE_SYSTEM)
@PermitAll
public class ResidentIntake {

    public static final String SOURCE = "queue:ResidentIntake";
    /** Who the intake is in the audit trail. */
    public static final String JOB = "resident-intake";
    private static final Logger LOG = Logger.getLogger(ResidentIntake.class.getName());

    @EJB
    private ResidentService residents;

    @EJB
    private RejectedRecords rejected;

    public RegistrationOutcome accept(ResidentIntakeMessage message) {
        List<String> problems = message.problems();
        if (!problems.isEmpty()) {
            throw new InvalidIntakeMessage(problems);
        }
        return ActingAs.job(JOB, () -> {
            String purpose = "registered from " + message.sourceSystem() + " feed";
            RegistrationOutcome outcome = residents.register(message.toRegistration(), purpose);
            // The same transaction: the resident and the key their system's events will arrive with stand or fall together.
            message.reference().ifPresent(reference -> residents.addReference(outcome.resident().id(),
                    message.referenceSystem().orElseThrow(), reference, purpose));
            return outcome;
        });
    }

    public long quarantine(String payload, String reason) {
        long id = ActingAs.job(JOB, () -> rejected.quarantine(SOURCE, payload, reason));
        // Ids only: the payload and the reason quote personal data.
        LOG.warning(() -> "Message from " + SOURCE + " refused and kept as rejected record " + id);
        return id;
    }
}
