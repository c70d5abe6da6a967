package uk.gov.council.cs.complaints;

import java.util.Map;
import java.util.Set;

/**
 * What the lifecycle rules need to know of one complaint: where it stands, who is on it and who
 * answered each earlier stage.
 *
 * @param reference                   as staff quote it, for messages
 * @param lastStage                   the number of stages of the policy the complaint keeps
 * @param investigator                assigned at the current stage, or null
 * @param responders                  stage number to the username of whoever gave that stage's response
 * @param involvedStaff               usernames of staff the complaint is about: never its investigator
 * @param differentResponderFromStage the earlier stage whose responder may not answer this one, or null
 * @param informalResolution          whether the policy the complaint keeps allows informal resolution
 * @param responseClockRunning        whether the current stage's response deadline is running (it can then be extended)
 */
public record ComplaintFacts(String reference, ComplaintState state, int stage, int lastStage, String investigator,
                             Map<Integer, String> responders, Set<String> involvedStaff,
                             Integer differentResponderFromStage, boolean informalResolution, boolean responseClockRunning) {

    public ComplaintFacts {
        responders = Map.copyOf(responders);
        involvedStaff = Set.copyOf(involvedStaff);
    }
}
