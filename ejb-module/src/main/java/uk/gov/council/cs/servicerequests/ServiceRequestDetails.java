package uk.gov.council.cs.servicerequests;

import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.contacts.Channel;

/**
 * A request to provide or improve a service, fix a problem or reconsider a decision (DOMAIN.md): not
 * a complaint, but recorded and measured against the service's published standards.
 */
public record ServiceRequestDetails(Long serviceId, Channel channel, String description) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (serviceId == null) {
            problems.add("Choose the service the request is for.");
        }
        if (channel == null) {
            problems.add("Choose the channel the request came in by.");
        }
        if (description == null || description.isBlank()) {
            problems.add("Describe what the resident asked for.");
        } else if (description.length() > 1000) {
            problems.add("The description is longer than 1000 characters.");
        }
        return problems;
    }
}
