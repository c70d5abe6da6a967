package uk.gov.council.cs.integration;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import uk.gov.council.cs.intake.RejectedRecord;
import uk.gov.council.cs.intake.RejectedRecords;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;

/**
 * Sends a quarantined message, as corrected by a member of staff, back through the route it came
 * from. The send and the record's change to "replayed" are one transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class RejectedRecordReplay {

    @EJB
    private RejectedRecords rejected;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/ResidentIntake")
    private Queue residentIntake;

    /** @param correctedPayload the message as corrected, or null to send it unchanged */
    public void replay(long rejectedRecordId, String correctedPayload) {
        RejectedRecord record = rejected.find(rejectedRecordId)
                .orElseThrow(() -> new NotFound("rejected record", rejectedRecordId));
        if (!ResidentIntake.SOURCE.equals(record.getSource())) {
            throw new IllegalArgumentException("Rejected record " + rejectedRecordId + " came from " + record.getSource()
                    + ", which cannot be replayed from here.");
        }
        String payload = correctedPayload == null || correctedPayload.isBlank() ? record.getPayload() : correctedPayload;
        rejected.markReplayed(rejectedRecordId);
        jms.createProducer().send(residentIntake, payload);
    }
}
