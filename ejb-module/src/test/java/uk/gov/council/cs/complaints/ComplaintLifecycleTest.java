package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.council.cs.security.Roles;

class ComplaintLifecycleTest {

    private static final Officer CASEY = new Officer("casey", Set.of(Roles.COMPLAINTS_OFFICER));
    private static final Officer INDIRA = new Officer("indira", Set.of(Roles.INVESTIGATING_OFFICER));
    private static final Officer HUGH = new Officer("hugh", Set.of(Roles.HEAD_OF_SERVICE));
    private static final Officer ALEX = new Officer("alex", Set.of(Roles.ADVISER));

    private static ComplaintFacts complaint(ComplaintState state, int stage, String investigator, Map<Integer, String> responders) {
        return new ComplaintFacts("C42", state, stage, 2, investigator, responders, Set.of("pat"), stage == 2 ? 1 : null, false,
                RESPONSE_CLOCK_RUNS.contains(state));
    }

    /** The states in which the response clock runs: from acknowledgement to the response. */
    private static final Set<ComplaintState> RESPONSE_CLOCK_RUNS = Set.of(ComplaintState.ACKNOWLEDGED, ComplaintState.ACCEPTED,
            ComplaintState.INVESTIGATING);

    /** Someone whose role allows the step, so only the state is tested. */
    private static Officer allowedTo(Transition step) {
        if (step == Transition.RESPOND) {
            return INDIRA;
        }
        return CASEY;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transition.class)
    void everyStepIsRefusedFromEveryStateItDoesNotStartFromWithItsOwnMessage(Transition step) {
        // A refusal is for stage 1 only (an escalation is not a new complaint), so its states are tested there.
        int stage = step == Transition.REFUSE ? 1 : 2;
        for (ComplaintState state : ComplaintState.values()) {
            List<String> problems = ComplaintLifecycle.problems(step, complaint(state, stage, "indira", Map.of()), allowedTo(step));
            if (step.from().contains(state)) {
                assertTrue(problems.stream().noneMatch(p -> p.contains(" is " + state.label().toLowerCase())),
                        step + " from " + state + " should be allowed by state: " + problems);
            } else {
                assertEquals(1, problems.size(), step + " from " + state + ": " + problems);
                assertTrue(problems.get(0).endsWith("complaint C42 is " + state.label().toLowerCase() + " at stage " + stage + "."),
                        step + " from " + state + ": " + problems.get(0));
            }
        }
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "ACCEPT             | RECEIVED      | A complaint is accepted after it is acknowledged and before it is assigned",
        "RESPOND            | ACCEPTED      | A response is given by the assigned officer while the complaint is being investigated",
        "ESCALATE           | INVESTIGATING | Only a complaint that has had its response can be escalated",
        "REFUSE             | INVESTIGATING | A complaint is refused at stage 1, after it is acknowledged and before it is accepted",
        "REFUSE             | RECEIVED      | A complaint is refused at stage 1, after it is acknowledged and before it is accepted",
        "CLOSE              | RECEIVED      | A complaint is closed after its response",
        "REOPEN             | INVESTIGATING | Only a complaint that was responded to, refused or closed can be reopened",
        "REFER_TO_OMBUDSMAN | INVESTIGATING | A complaint goes to the Ombudsman after the council's response, a refusal or closure",
        "EXTEND             | RESPONDED     | Only a deadline still running can be extended",
        "ASSIGN             | RECEIVED      | An officer is assigned once the complaint is accepted and before the response",
        "ACKNOWLEDGE        | ACCEPTED      | Only a newly received complaint or escalation is acknowledged",
        "RESOLVE_INFORMALLY | ACCEPTED      | A complaint is resolved informally before it is accepted"
    })
    void theMessageSaysWhatTheStepNeeds(Transition step, ComplaintState state, String message) {
        List<String> problems = ComplaintLifecycle.problems(step, complaint(state, 1, "indira", Map.of()), allowedTo(step));
        assertEquals(List.of(message + "; complaint C42 is " + state.label().toLowerCase() + " at stage 1."), problems);
    }

    @Test
    void aRoleThatMayNotTakeTheStepIsToldWhichRolesMay() {
        assertEquals(java.util.Optional.of("Your role does not allow a complaint to be acknowledged; that needs complaints-officer."),
                ComplaintLifecycle.roleProblem(Transition.ACKNOWLEDGE, ALEX));
        assertEquals(java.util.Optional.of("Your role does not allow a complaint to be responded to; that needs head-of-service or investigating-officer."),
                ComplaintLifecycle.roleProblem(Transition.RESPOND, CASEY));
        assertEquals(java.util.Optional.empty(), ComplaintLifecycle.roleProblem(Transition.ESCALATE, ALEX),
                "an adviser passes on the complainant's request to escalate");
    }

    @Test
    void onlyTheAssignedOfficerResponds() {
        Officer other = new Officer("olu", Set.of(Roles.INVESTIGATING_OFFICER));
        assertEquals(List.of("Only the officer assigned to stage 1 (indira) may respond to complaint C42."),
                ComplaintLifecycle.problems(Transition.RESPOND, complaint(ComplaintState.INVESTIGATING, 1, "indira", Map.of()), other));
        assertEquals(List.of(), ComplaintLifecycle.problems(Transition.RESPOND,
                complaint(ComplaintState.INVESTIGATING, 1, "indira", Map.of()), INDIRA));
    }

    @Test
    void theStageTwoReviewerMustNotBeTheStageOneResponder() {
        Officer indiraPromoted = new Officer("indira", Set.of(Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE));
        ComplaintFacts atStageTwo = complaint(ComplaintState.ACCEPTED, 2, null, Map.of(1, "indira"));
        assertEquals(List.of("indira gave the stage 1 response to complaint C42; stage 2 must be answered by a different person."),
                ComplaintLifecycle.assigneeProblems(atStageTwo, indiraPromoted));
        assertEquals(List.of(), ComplaintLifecycle.assigneeProblems(atStageTwo, HUGH));
        // and at the response itself, should the assignment have been made some other way
        ComplaintFacts assigned = complaint(ComplaintState.INVESTIGATING, 2, "indira", Map.of(1, "indira"));
        assertEquals(List.of("indira gave the stage 1 response to complaint C42; stage 2 must be answered by a different person."),
                ComplaintLifecycle.problems(Transition.RESPOND, assigned, indiraPromoted));
    }

    @Test
    void anInvestigatorIsNeitherNamedInTheComplaintNorOfTheWrongRole() {
        ComplaintFacts accepted = complaint(ComplaintState.ACCEPTED, 1, null, Map.of());
        Officer pat = new Officer("pat", Set.of(Roles.INVESTIGATING_OFFICER));
        assertEquals(List.of("pat is named in the complaint and so cannot investigate it."),
                ComplaintLifecycle.assigneeProblems(accepted, pat));
        assertEquals(List.of("alex cannot take stage 1: it needs an investigating officer or a head of service."),
                ComplaintLifecycle.assigneeProblems(accepted, ALEX));
        assertEquals(List.of("indira cannot take stage 2: it needs a head of service."),
                ComplaintLifecycle.assigneeProblems(complaint(ComplaintState.ACCEPTED, 2, null, Map.of()), INDIRA));
    }

    @Test
    void theFinalStageCannotBeEscalatedAndAStageOneResponseGoesToStageTwoBeforeTheOmbudsman() {
        assertEquals(List.of("Complaint C42 has had its final response at stage 2; it cannot be escalated further. "
                        + "The complainant may go to the Ombudsman."),
                ComplaintLifecycle.problems(Transition.ESCALATE, complaint(ComplaintState.RESPONDED, 2, "hugh", Map.of()), CASEY));
        assertEquals(List.of("Complaint C42 has had only its stage 1 response; escalate it to stage 2 first, or close it "
                        + "and then record the Ombudsman's case."),
                ComplaintLifecycle.problems(Transition.REFER_TO_OMBUDSMAN, complaint(ComplaintState.RESPONDED, 1, "indira", Map.of()), CASEY));
        assertEquals(List.of(), ComplaintLifecycle.problems(Transition.REFER_TO_OMBUDSMAN,
                complaint(ComplaintState.RESPONDED, 2, "hugh", Map.of()), CASEY));
        assertEquals(List.of(), ComplaintLifecycle.problems(Transition.REFER_TO_OMBUDSMAN,
                complaint(ComplaintState.REFUSED, 1, null, Map.of()), CASEY));
    }

    @Test
    void anExtensionIsForTheComplaintsTeamOrTheAssignedOfficer() {
        ComplaintFacts investigating = complaint(ComplaintState.INVESTIGATING, 1, "indira", Map.of());
        assertEquals(List.of(), ComplaintLifecycle.problems(Transition.EXTEND, investigating, INDIRA));
        assertEquals(List.of(), ComplaintLifecycle.problems(Transition.EXTEND, investigating, CASEY));
        assertEquals(List.of("Only the complaints team or the officer assigned to stage 1 may extend its deadline."),
                ComplaintLifecycle.problems(Transition.EXTEND, investigating, HUGH));
    }

    @Test
    void aComplaintIsRefusedOnlyAtStageOneAfterItIsAcknowledged() {
        assertEquals(List.of(), ComplaintLifecycle.problems(Transition.REFUSE, complaint(ComplaintState.ACKNOWLEDGED, 1, null, Map.of()), CASEY));
        assertEquals(List.of("An escalation request is not a new complaint, so it cannot be refused: answer complaint C42 at stage 2,"
                        + " or close it if the complainant withdraws."),
                ComplaintLifecycle.problems(Transition.REFUSE, complaint(ComplaintState.ACCEPTED, 2, null, Map.of(1, "indira")), CASEY));
        assertTrue(!ComplaintLifecycle.possibleNow(complaint(ComplaintState.RECEIVED, 1, null, Map.of()), CASEY).contains(Transition.REFUSE),
                "not before acknowledgement");
    }

    @Test
    void anExtensionNeedsARunningResponseDeadlineAndIsOfferedOnlyThen() {
        ComplaintFacts received = complaint(ComplaintState.RECEIVED, 1, null, Map.of());
        assertEquals(List.of("No response deadline is running at stage 1 of complaint C42 yet; it starts when the complaint is acknowledged."),
                ComplaintLifecycle.problems(Transition.EXTEND, received, CASEY));
        assertTrue(!ComplaintLifecycle.possibleNow(received, CASEY).contains(Transition.EXTEND), "the workbench does not offer it");
        assertTrue(ComplaintLifecycle.possibleNow(complaint(ComplaintState.ACKNOWLEDGED, 1, null, Map.of()), CASEY)
                .contains(Transition.EXTEND));
    }

    @ParameterizedTest(name = "{0} from {1} at stage {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "ACKNOWLEDGE        | RECEIVED      | 1 | ACKNOWLEDGED",
        "ACKNOWLEDGE        | RECEIVED      | 2 | ACCEPTED",
        "ACCEPT             | ACKNOWLEDGED  | 1 | ACCEPTED",
        "REFUSE             | ACKNOWLEDGED  | 1 | REFUSED",
        "ASSIGN             | ACCEPTED      | 1 | INVESTIGATING",
        "EXTEND             | INVESTIGATING | 1 | INVESTIGATING",
        "RESPOND            | INVESTIGATING | 1 | RESPONDED",
        "ESCALATE           | RESPONDED     | 1 | RECEIVED",
        "CLOSE              | RESPONDED     | 2 | CLOSED",
        "REFER_TO_OMBUDSMAN | CLOSED        | 2 | REFERRED_TO_OMBUDSMAN",
        "REOPEN             | CLOSED        | 2 | INVESTIGATING",
        "REOPEN             | REFUSED       | 1 | ACKNOWLEDGED"
    })
    void whereEachStepLeadsTo(Transition step, ComplaintState from, int stage, ComplaintState to) {
        assertEquals(to, ComplaintLifecycle.after(step, complaint(from, stage, from == ComplaintState.REFUSED ? null : "indira",
                new HashMap<>())));
    }

    @Test
    void reopeningAComplaintThatNeverHadAnInvestigatorWaitsForOne() {
        assertEquals(ComplaintState.ACCEPTED, ComplaintLifecycle.after(Transition.REOPEN,
                complaint(ComplaintState.CLOSED, 1, null, Map.of())));
    }

    @Test
    void theWorkbenchOffersOnlyWhatTheOfficerMayDoNow() {
        ComplaintFacts investigating = complaint(ComplaintState.INVESTIGATING, 1, "indira", Map.of());
        assertEquals(List.of(Transition.EXTEND, Transition.RESPOND), ComplaintLifecycle.possibleNow(investigating, INDIRA));
        assertEquals(List.of(Transition.ASSIGN, Transition.EXTEND), ComplaintLifecycle.possibleNow(investigating, CASEY));
        assertEquals(List.of(), ComplaintLifecycle.possibleNow(investigating, ALEX));
        ComplaintFacts finalResponse = complaint(ComplaintState.RESPONDED, 2, "hugh", Map.of(1, "indira"));
        assertEquals(List.of(Transition.CLOSE, Transition.REFER_TO_OMBUDSMAN, Transition.REOPEN),
                ComplaintLifecycle.possibleNow(finalResponse, CASEY), "no escalation after the last stage");
    }

    @Test
    void informalResolutionBelongsToTheLegacyProcedureBeforeStageOne() {
        ComplaintFacts codeComplaint = complaint(ComplaintState.RECEIVED, 1, null, Map.of());
        assertEquals(List.of("This complaints procedure has no informal resolution: under the 2024 Code a complaint resolved early"
                + " is answered with its stage 1 response."), ComplaintLifecycle.problems(Transition.RESOLVE_INFORMALLY, codeComplaint, CASEY));
        ComplaintFacts legacy = new ComplaintFacts("C7", ComplaintState.ACKNOWLEDGED, 1, 3, null, Map.of(), Set.of(), null, true, true);
        assertEquals(List.of(), ComplaintLifecycle.problems(Transition.RESOLVE_INFORMALLY, legacy, CASEY));
        assertEquals(ComplaintState.CLOSED, ComplaintLifecycle.after(Transition.RESOLVE_INFORMALLY, legacy));
        ComplaintFacts escalated = new ComplaintFacts("C7", ComplaintState.RECEIVED, 2, 3, null, Map.of(1, "indira"), Set.of(), 1, true, false);
        assertEquals(List.of("Only a new complaint is resolved informally, before stage 1; complaint C7 is at stage 2."),
                ComplaintLifecycle.problems(Transition.RESOLVE_INFORMALLY, escalated, CASEY));
        assertTrue(ComplaintLifecycle.possibleNow(legacy, CASEY).contains(Transition.RESOLVE_INFORMALLY));
        assertEquals(List.of("Say how the complaint was resolved with the complainant."), StepRequirements.informalResolution(" "));
    }

    @Test
    void theShippedLegacyProcedureAllowsInformalResolutionAndTheCodeDoesNot() {
        var policies = uk.gov.council.cs.complaints.policy.ComplaintPolicies.shipped();
        assertTrue(policies.version("legacy-three-stage", 1).informalResolution());
        assertTrue(!policies.version("complaint-handling-code-2024", 1).informalResolution());
    }
}
