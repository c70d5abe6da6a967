package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo borough tells the truth about who did what: every complaint it logged, every step in a
 * complaint's history and every identity review it raised names a demo officer or system, never
 * "anonymous" (the container's name for work no one signed in for).
 */
class DemoActionsAreDoneByNamedOfficersIT extends DeployedCouncil {

    @Test
    void noDemoRecordSaysAnonymous() {
        List<String> anonymous = new ArrayList<>();
        JsonNode complaints = Council.json(Council.get("complaints?size=50", "complaints-officer"));
        assertTrue(complaints.size() > 0, "the demo has complaints");
        for (JsonNode line : complaints) {
            JsonNode complaint = Council.json(Council.get("complaints/" + line.get("id").asLong(), "complaints-officer"));
            if ("anonymous".equals(complaint.get("loggedBy").asText())) {
                anonymous.add("complaint " + line.get("reference").asText() + " logged by anonymous");
            }
            for (JsonNode event : complaint.get("history")) {
                if ("anonymous".equals(event.get("by").asText())) {
                    anonymous.add("complaint " + line.get("reference").asText() + ": " + event.get("what").asText() + " by anonymous");
                }
            }
            JsonNode timeline = Council.json(Council.get("residents/" + line.get("residentId").asLong() + "/timeline", "adviser"));
            for (JsonNode entry : timeline.get("items")) {
                if ("anonymous".equals(entry.path("recordedBy").asText())) {
                    anonymous.add("resident " + line.get("residentId").asLong() + "'s " + entry.get("kind").asText() + " recorded by anonymous");
                }
            }
        }
        for (JsonNode review : Council.json(Council.get("identity/reviews", "adviser"))) {
            if ("anonymous".equals(review.get("raisedBy").asText())) {
                anonymous.add("identity review " + review.get("id").asLong() + " raised by anonymous");
            }
        }
        assertTrue(anonymous.isEmpty(), () -> String.join("\n", anonymous));
    }
}
