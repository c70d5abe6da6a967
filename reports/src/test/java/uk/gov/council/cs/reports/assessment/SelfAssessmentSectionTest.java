package uk.gov.council.cs.reports.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.Section;

/** The report prints the council's latest finding for every section of the Code, and says which are not yet assessed. */
class SelfAssessmentSectionTest {

    private static SectionAnswer answer(CodeSection s, Compliance c, String when) {
        return new SectionAnswer(s, c, "How we meet " + s.title(), "Evidence for " + s.number(), 2, Instant.parse(when), "admin");
    }

    @Test
    void eachSectionIsPrintedInTheCodesOrderWithItsFindingAndEvidence() {
        Section section = SelfAssessmentSection.of("2025-26", List.of(
                answer(CodeSection.STAGES, Compliance.PARTLY, "2026-05-01T09:00:00Z"),
                answer(CodeSection.DEFINITION, Compliance.COMPLIES, "2026-05-20T23:30:00Z")));
        assertEquals(9, section.statements().size());
        assertEquals("Section 1: Definition of a complaint", section.statements().get(0).subject());
        assertEquals("Complies. How we meet Definition of a complaint\nEvidence: Evidence for 1", section.statements().get(0).text());
        assertEquals("Partly complies. How we meet Complaint stages\nEvidence: Evidence for 6", section.statements().get(5).text());
        assertEquals("Not yet assessed.", section.statements().get(1).text());
        // 23:30 UTC on 20 May is 00:30 on 21 May in London.
        assertTrue(section.introduction().endsWith("last changed on 21 May 2026."), section.introduction());
    }

    @Test
    void theFindingsAreCountedOverAllNineSections() {
        Section section = SelfAssessmentSection.of("2025-26", List.of(
                answer(CodeSection.STAGES, Compliance.PARTLY, "2026-05-01T09:00:00Z"),
                answer(CodeSection.DEFINITION, Compliance.COMPLIES, "2026-05-01T09:00:00Z"),
                answer(CodeSection.STAFF, Compliance.COMPLIES, "2026-05-01T09:00:00Z")));
        FigureTable findings = section.tables().get(0);
        assertEquals(List.of("Complies", "Partly complies", "Does not comply", "Not yet assessed", "Sections of the Code"),
                findings.rows().stream().map(FigureTable.Row::label).toList());
        assertEquals(List.of("2", "1", "0", "6", "9"), findings.rows().stream().map(r -> r.cells().get(0).text()).toList());
    }

    @Test
    void aYearWithNoAssessmentSaysSoAndHowToRecordIt() {
        Section section = SelfAssessmentSection.of("2025-26", List.of());
        assertTrue(section.tables().isEmpty() && section.statements().isEmpty());
        assertTrue(section.introduction().startsWith("No self-assessment against the Code has been recorded for 2025-26."),
                section.introduction());
    }
}
