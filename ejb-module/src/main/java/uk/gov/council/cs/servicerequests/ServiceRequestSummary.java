package uk.gov.council.cs.servicerequests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.contacts.Channel;

/** A service request as staff and the API see it, each step with its date, when done and how it stands. */
public record ServiceRequestSummary(long id, long residentId, long serviceId, String serviceName, Channel channel,
                                    String description, Instant receivedAt, List<StepProgress> steps,
                                    String closingNote, String loggedBy) {

    public record StepProgress(Step step, LocalDate dueBy, Instant doneAt, ServiceStandards.Standing standing) {
    }

    public static ServiceRequestSummary of(ServiceRequest r, String serviceName, LocalDate today) {
        List<StepProgress> steps = new ArrayList<>();
        for (Step step : Step.OF_A_REQUEST) {
            steps.add(new StepProgress(step, r.dueBy(step), r.doneAt(step),
                    ServiceStandards.standing(r.dueBy(step), r.doneAt(step), r.doneAt(Step.CLOSE), today)));
        }
        return new ServiceRequestSummary(r.getId(), r.getResidentId(), r.getServiceId(), serviceName, r.getChannel(),
                r.getDescription(), r.getReceivedAt(), List.copyOf(steps), r.getClosingNote(), r.getLoggedBy());
    }

    public boolean open() {
        return steps.get(Step.CLOSE.ordinal()).doneAt() == null;
    }

    /** One line for the timeline. */
    String timelineSummary(String what) {
        return what + ": " + description;
    }
}
