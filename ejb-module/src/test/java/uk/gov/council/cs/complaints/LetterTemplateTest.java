package uk.gov.council.cs.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {

    @Test
    void fillsEveryPlaceholderAndLeavesNoNameShowingForAnEmptyOne() {
        LetterTemplate template = new LetterTemplate(LetterKind.ACKNOWLEDGEMENT, "Your complaint ${reference}",
                "Dear ${residentName},\nWe will reply by ${dueOn}.${remedies}");
        LetterTemplate.Letter letter = template.render(Map.of("reference", "C42", "residentName", "Ms Khan", "dueOn", "18 January 2027"));
        assertEquals("Your complaint C42", letter.subject());
        assertEquals("Dear Ms Khan,\nWe will reply by 18 January 2027.", letter.body());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderOrNoWordingIsRefusedWithEveryReason() {
        List<String> problems = LetterTemplate.problems("", "Dear ${residentname}, about ${referance}");
        assertEquals(3, problems.size(), problems::toString);
        assertEquals("The letter needs a subject line.", problems.get(0));
        assertTrue(problems.get(1).startsWith("${referance} is not a placeholder the letters fill; use one of [address, conduct, councilName"),
                problems.get(1));
        assertTrue(problems.get(2).startsWith("${residentname} is not a placeholder"), problems.get(2));
        assertEquals(List.of("The letter needs some wording."), LetterTemplate.problems("Subject", " "));
        assertEquals(List.of(), LetterTemplate.problems("Complaint ${reference}", "Dear ${residentName}"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(LetterKind.class)
    void everyShippedLetterIsAValidTemplate(LetterKind kind) {
        LetterTemplate shipped = LetterTemplate.shipped(kind);
        assertEquals(List.of(), LetterTemplate.problems(shipped.subject(), shipped.body()));
        assertTrue(shipped.body().contains("${residentName}"), "every letter is addressed to the complainant");
    }

    @Test
    void lettersThatEndOrExtendTheProcedureGiveTheOmbudsmansDetails() {
        for (LetterKind kind : List.of(LetterKind.REFUSAL, LetterKind.EXTENSION, LetterKind.FINAL_RESPONSE,
                LetterKind.CONTACT_RESTRICTION)) {
            String body = LetterTemplate.shipped(kind).body();
            assertTrue(body.contains("${ombudsmanName}") && body.contains("${ombudsmanContact}"), kind + ": " + body);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(LetterKind.class)
    void everyShippedLetterNamesTheStageOnceAndIsSignedOffTheSameWay(LetterKind kind) {
        String body = LetterTemplate.shipped(kind).render(java.util.Map.of("stage", "1", "stageName", "Stage 1",
                "officerName", "Casey Complaints", "councilName", "Southwark Council")).body();
        assertTrue(!body.contains("(Stage 1)") && !body.contains("stage 1 of our complaints procedure (Stage"),
                kind + " names the stage twice: " + body);
        assertTrue(body.strip().endsWith("Yours sincerely,\nCasey Complaints\nCustomer Relations, Southwark Council"),
                kind + " is signed off differently: " + body.substring(Math.max(0, body.length() - 120)));
    }
}
