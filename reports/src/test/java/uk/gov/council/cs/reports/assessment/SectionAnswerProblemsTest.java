package uk.gov.council.cs.reports.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A section's answer is refused with every problem named by its field, and kept when whole. */
class SectionAnswerProblemsTest {

    @Test
    void aWholeAnswerHasNoProblems() {
        assertEquals(List.of(), SectionAnswer.problems("PARTLY", "Stage 2 replies took 22 working days on average; a second"
                + " investigator starts in May.", "Complaints performance report to Audit committee, March"));
    }

    @Test
    void complianceIsReadInTheWordsStaffType() {
        assertEquals(Compliance.DOES_NOT_COMPLY, Compliance.of("does-not-comply"));
        assertEquals(Compliance.DOES_NOT_COMPLY, Compliance.of(" does not comply "));
        assertEquals(Compliance.COMPLIES, Compliance.of("complies"));
    }

    @Test
    void everyMissingPartIsNamedAtOnce() {
        List<String> problems = SectionAnswer.problems("maybe", " ", null);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("compliance: choose one of COMPLIES, PARTLY, DOES_NOT_COMPLY"), problems.get(0));
        assertTrue(problems.get(1).startsWith("explanation: say how the council meets"), problems.get(1));
        assertTrue(problems.get(2).startsWith("evidence: say where the evidence is"), problems.get(2));
    }

    @Test
    void textLongerThanTheTableKeepsIsRefusedWithItsLength() {
        List<String> problems = SectionAnswer.problems("COMPLIES", "x".repeat(4001), "policy");
        assertEquals(List.of("explanation: keep it to 4000 characters; it has 4001."), problems);
    }

    @Test
    void sectionsAreFoundByTheCodesNumbers() {
        assertEquals(CodeSection.REPORTING, CodeSection.numbered(8));
        assertEquals("Section 6: Complaint stages", CodeSection.numbered(6).label());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CodeSection.numbered(10));
        assertEquals("the Code has sections 1 to 9; there is no section 10.", e.getMessage());
    }
}
