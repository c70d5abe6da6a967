package uk.gov.council.cs.complaints.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.council.cs.workingdays.BankHolidayFile;
import uk.gov.council.cs.workingdays.Nation;
import uk.gov.council.cs.workingdays.WorkingDayCalendar;

class ComplaintDeadlinesTest {

    private static final ComplaintPolicies POLICIES = ComplaintPolicies.shipped();
    private static final BankHolidayFile HOLIDAYS = BankHolidayFile.shipped();

    private static WorkingDayCalendar calendar(Nation nation) {
        return WorkingDayCalendar.forNation(nation, HOLIDAYS, Set.of());
    }

    @ParameterizedTest(name = "{0} {1} {2} from {3} in {4}: due {5} ({6})")
    @CsvSource(delimiter = '|', value = {
        // policy                      |stage| step        | clock starts | nation            | due        | why
        "complaint-handling-code-2024  | 1 | acknowledge | 2026-11-23 | ENGLAND_AND_WALES | 2026-11-30 | 5 working days from receipt",
        "complaint-handling-code-2024  | 1 | acknowledge | 2026-12-23 | ENGLAND_AND_WALES | 2027-01-04 | over Christmas and New Year",
        "complaint-handling-code-2024  | 1 | acknowledge | 2026-12-23 | SCOTLAND          | 2027-01-05 | and Scotland's 2 January substitute",
        "complaint-handling-code-2024  | 1 | respond     | 2027-01-04 | ENGLAND_AND_WALES | 2027-01-18 | 10 working days from acknowledgement",
        "complaint-handling-code-2024  | 1 | acknowledge | 2026-07-10 | NORTHERN_IRELAND  | 2026-07-20 | the Boyne substitute day",
        "complaint-handling-code-2024  | 1 | acknowledge | 2026-07-10 | ENGLAND_AND_WALES | 2026-07-17 | no holiday in England",
        "complaint-handling-code-2024  | 2 | acknowledge | 2026-04-02 | ENGLAND_AND_WALES | 2026-04-13 | 5 from the escalation request, over Easter",
        "complaint-handling-code-2024  | 2 | acknowledge | 2026-04-02 | SCOTLAND          | 2026-04-10 | no Easter Monday in Scotland",
        "complaint-handling-code-2024  | 2 | respond     | 2026-04-13 | ENGLAND_AND_WALES | 2026-05-12 | 20 from acknowledgement, over the early May holiday",
        "legacy-three-stage            | 1 | respond     | 2026-12-23 | ENGLAND_AND_WALES | 2027-01-11 | 10 working days from receipt",
        "legacy-three-stage            | 1 | respond     | 2026-12-23 | SCOTLAND          | 2027-01-12 | Scotland",
        "legacy-three-stage            | 2 | respond     | 2026-12-23 | NORTHERN_IRELAND  | 2027-01-18 | 15 working days",
        "legacy-three-stage            | 3 | respond     | 2026-11-27 | ENGLAND_AND_WALES | 2026-12-18 | the chief executive: 15 working days",
        "legacy-three-stage            | 3 | respond     | 2026-11-27 | SCOTLAND          | 2026-12-21 | St Andrew's Day"
    })
    void dueDates(String policyId, int stage, String step, LocalDate startedOn, Nation nation, LocalDate due, String why) {
        ComplaintPolicy policy = POLICIES.inForce(policyId, startedOn);
        assertEquals(due, StepDeadline.start(policy, stage, step, startedOn, calendar(nation)).due(), why);
    }

    @Test
    void aStageOneResponseExtendsByTenWorkingDaysAtMost() {
        WorkingDayCalendar ew = calendar(Nation.ENGLAND_AND_WALES);
        ComplaintPolicy code = POLICIES.inForce(ComplaintPolicies.DEFAULT_POLICY, LocalDate.of(2026, 11, 23));
        StepDeadline response = StepDeadline.start(code, 1, "respond", LocalDate.of(2027, 1, 4), ew);
        StepDeadline extended = response.extend(6, "waiting for the repairs contractor's report", ew);
        assertEquals(LocalDate.of(2027, 1, 26), extended.due());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> extended.extend(5, "still waiting", ew));
        assertEquals("The Stage 1 respond can be extended by at most 10 working days in all; it has been extended by 6 "
                + "and 5 more were asked for.", tooLong.getMessage());
        assertEquals(LocalDate.of(2027, 2, 1), extended.extend(4, "still waiting", ew).due());
    }

    @Test
    void aStageTwoResponseExtendsByTwentyWorkingDaysAtMost() {
        WorkingDayCalendar ew = calendar(Nation.ENGLAND_AND_WALES);
        ComplaintPolicy code = POLICIES.version(ComplaintPolicies.DEFAULT_POLICY, 1);
        StepDeadline response = StepDeadline.start(code, 2, "respond", LocalDate.of(2026, 4, 13), ew);
        assertEquals(LocalDate.of(2026, 6, 10), response.extend(20, "independent review commissioned", ew).due());
        assertThrows(IllegalArgumentException.class, () -> response.extend(21, "independent review commissioned", ew));
    }

    @Test
    void anAcknowledgementCannotBeExtendedAndEveryExtensionNeedsAReason() {
        WorkingDayCalendar ew = calendar(Nation.ENGLAND_AND_WALES);
        ComplaintPolicy code = POLICIES.version(ComplaintPolicies.DEFAULT_POLICY, 1);
        StepDeadline ack = StepDeadline.start(code, 1, "acknowledge", LocalDate.of(2026, 11, 23), ew);
        assertEquals("The Stage 1 acknowledge cannot be extended under this policy.",
                assertThrows(IllegalArgumentException.class, () -> ack.extend(1, "busy", ew)).getMessage());
        StepDeadline response = StepDeadline.start(code, 1, "respond", LocalDate.of(2026, 11, 30), ew);
        assertEquals("An extension of the Stage 1 respond needs a reason, which is given to the complainant.",
                assertThrows(IllegalArgumentException.class, () -> response.extend(3, " ", ew)).getMessage());
    }

    @Test
    void theLegacyProcedureMovesDatesByHoldingLetterWithoutAFixedLimit() {
        WorkingDayCalendar ew = calendar(Nation.ENGLAND_AND_WALES);
        ComplaintPolicy legacy = POLICIES.version("legacy-three-stage", 1);
        StepDeadline stage1 = StepDeadline.start(legacy, 1, "respond", LocalDate.of(2026, 11, 23), ew);
        assertEquals(LocalDate.of(2026, 12, 7), stage1.due());
        assertEquals(LocalDate.of(2027, 1, 14), stage1.extend(25, "holding letter: awaiting legal advice", ew).due());
    }

    @Test
    void theTwentyTwentyFourCodeHasTwoStagesAndTheLegacyProcedureThree() {
        assertEquals(2, POLICIES.version(ComplaintPolicies.DEFAULT_POLICY, 1).stages().size());
        assertEquals(3, POLICIES.version("legacy-three-stage", 1).stages().size());
        assertEquals("Complaint Handling Code 2024 (Local Government and Social Care Ombudsman, Housing Ombudsman) has no stage 3; it has 2.",
                assertThrows(IllegalArgumentException.class,
                        () -> POLICIES.version(ComplaintPolicies.DEFAULT_POLICY, 1).stage(3)).getMessage());
        assertEquals(1, POLICIES.version(ComplaintPolicies.DEFAULT_POLICY, 1).stage(2).differentResponderFromStage());
    }

    @Test
    void aComplaintKeepsThePolicyVersionItStartedUnder() {
        ComplaintPolicy v1 = POLICIES.version(ComplaintPolicies.DEFAULT_POLICY, 1);
        // The council lengthens its stage 1 response to 15 working days from 1 January 2027.
        ComplaintPolicy.Stage stage1 = v1.stage(1);
        ComplaintPolicy.Step longer = new ComplaintPolicy.Step("respond", ComplaintPolicy.Anchor.ACKNOWLEDGED, 15, 10, true, false);
        ComplaintPolicy v2 = new ComplaintPolicy(v1.id(), 2, LocalDate.of(2027, 1, 1), v1.title(), v1.informalResolution(),
                List.of(new ComplaintPolicy.Stage(1, stage1.name(), null, List.of(stage1.step("acknowledge"), longer)), v1.stage(2)));
        ComplaintPolicies policies = POLICIES.with(v2);
        WorkingDayCalendar ew = calendar(Nation.ENGLAND_AND_WALES);

        ComplaintPolicy december = policies.inForce(ComplaintPolicies.DEFAULT_POLICY, LocalDate.of(2026, 12, 20));
        ComplaintPolicy january = policies.inForce(ComplaintPolicies.DEFAULT_POLICY, LocalDate.of(2027, 1, 5));
        assertEquals(1, december.version());
        assertEquals(2, january.version());
        LocalDate acknowledged = LocalDate.of(2027, 1, 4);
        assertEquals(LocalDate.of(2027, 1, 18), StepDeadline.start(december, 1, "respond", acknowledged, ew).due());
        assertEquals(LocalDate.of(2027, 1, 25), StepDeadline.start(january, 1, "respond", acknowledged, ew).due());
    }
}
