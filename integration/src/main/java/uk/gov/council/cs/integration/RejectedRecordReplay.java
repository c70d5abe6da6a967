package uk.gov.council.cs.integration;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import uk.gov.council.cs.backoffice.Feed;
import uk.gov.council.cs.equality.BoroughPopulation;
import uk.gov.council.cs.intake.RejectedRecord;
import uk.gov.council.cs.intake.RejectedRecords;
import java.io.StringReader;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.services.LgslFile;
import uk.gov.council.cs.services.ServiceCatalogue;
import uk.gov.council.cs.security.Roles;

/**
 * Sends a quarantined record, as corrected by a member of staff, back the way it came: a queue
 * message to its queue (where the feed's natural key still stops it being applied twice), a row of
 * the housing system's tenancy extract to the tenancies (likewise by its key), a row of the service
 * list into the catalogue, a row of a Census table into the borough's population. The replay and the record's change to "replayed" are one transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class RejectedRecordReplay {

    @EJB
    private RejectedRecords rejected;

    @EJB
    private ServiceCatalogue catalogue;

    @EJB
    private BoroughPopulation population;

    @EJB
    private BackOfficeFeeds feeds;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    private JMSContext jms;

    @Resource(lookup = "java:/jms/queue/ResidentIntake")
    private Queue residentIntake;

    @Resource(lookup = "java:/jms/queue/HousingEvents")
    private Queue housingEvents;

    @Resource(lookup = "java:/jms/queue/BenefitsEvents")
    private Queue benefitsEvents;

    /** @param correctedPayload the message as corrected, or null to send it unchanged */
    public void replay(long rejectedRecordId, String correctedPayload) {
        RejectedRecord record = rejected.find(rejectedRecordId)
                .orElseThrow(() -> new NotFound("rejected record", rejectedRecordId));
        String payload = correctedPayload == null || correctedPayload.isBlank() ? record.getPayload() : correctedPayload;
        String source = record.getSource();
        if (ResidentIntake.SOURCE.equals(source)) {
            jms.createProducer().send(residentIntake, payload);
        } else if (Feed.fromSource(source).filter(f -> f.arrival() == Feed.Arrival.FOLDER).isPresent()) {
            replayTenancyRow(payload);
        } else if (Feed.fromSource(source).isPresent()) {
            jms.createProducer().send(switch (Feed.fromSource(source).get()) {
                case HOUSING_EVENTS -> housingEvents;
                case BENEFITS_EVENTS -> benefitsEvents;
                case HOUSING_TENANCIES -> throw new IllegalStateException("A file's row is not sent to a queue.");
            }, payload);
        } else if (ServiceCatalogue.LGSL_IMPORT.equals(source)) {
            replayServiceListRow(payload);
        } else if (source.startsWith(BoroughPopulation.CENSUS_IMPORT)) {
            population.replayRow(payload);
        } else {
            throw new IllegalArgumentException("Rejected record " + rejectedRecordId + " came from " + source
                    + ", which cannot be replayed from here.");
        }
        rejected.markReplayed(rejectedRecordId);
    }

    /**
     * A corrected row of the tenancy extract (with its header) is applied at once, as the file would have: if it is
     * still wrong, the replay is refused with every reason and the record stays in quarantine.
     */
    private void replayTenancyRow(String csv) {
        List<TenancyExtract.Row> rows = new java.util.ArrayList<>();
        try {
            TenancyExtract.read(new StringReader(csv), rows::add);
        } catch (TenancyExtract.Unreadable e) {
            throw new DetailsRefused("The corrected row is still not right.", List.of(e.getMessage()));
        }
        if (rows.size() != 1) {
            throw new DetailsRefused("The corrected row is still not right.",
                    List.of("Keep the header line and exactly one row under it; there are " + rows.size() + " rows."));
        }
        if (!rows.get(0).problems().isEmpty()) {
            throw new DetailsRefused("The corrected row is still not right.", rows.get(0).problems());
        }
        feeds.acceptTenant(rows.get(0).tenant());
    }

    /** A corrected row of the service list is imported only if it is now right, so no new rejected record appears. */
    private void replayServiceListRow(String csv) {
        try {
            List<String> reasons = LgslFile.read(new StringReader(csv)).refused().stream()
                    .map(LgslFile.RefusedRow::reason).toList();
            if (!reasons.isEmpty()) {
                throw new DetailsRefused("The corrected row is still not right.", reasons);
            }
        } catch (LgslFile.Unreadable e) {
            throw new DetailsRefused("The corrected row is still not right.", List.of(e.getMessage()));
        }
        catalogue.importLgsl(csv);
    }
}
