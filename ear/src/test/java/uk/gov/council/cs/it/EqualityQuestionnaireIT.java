package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.council.cs.it.EqualityAnswersAreSpecialCategoryIT.ANSWERS;
import static uk.gov.council.cs.it.EqualityAnswersAreSpecialCategoryIT.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The questionnaire's life: refused when it cannot be true, replaced by a later one, exported, erased on withdrawal. */
class EqualityQuestionnaireIT extends DeployedCouncil {

    @Test
    void answersWithoutConsentOrQuestionsAskedOfAChildAreRefusedSayingWhy() {
        long resident = ComplaintsApi.newResident("Tobi");
        String today = WorkingDayCount.today().toString();
        HttpResponse<String> noConsent = Council.postJson("equality-monitoring", "adviser",
                questionnaire(resident, today, ANSWERS).replace("\"consent\":true", "\"consent\":false"));
        assertEquals(400, noConsent.statusCode(), noConsent::body);
        assertTrue(noConsent.body().contains("record answers only when the resident has said they consent to equality"
                + " monitoring"), noConsent::body);

        String born = WorkingDayCount.today().minusYears(15).toString();
        long child = Residents.withProfile("Kemi", Council.uniqueSurname(), born, "SE15 4QB", "07700 900556", "JP 55 55 56 A");
        HttpResponse<String> adultQuestions = Council.postJson("equality-monitoring", "adviser",
                questionnaire(child, today, "{\"sex\":\"FEMALE\",\"sexualOrientation\":\"PREFER_NOT_TO_SAY\"}"));
        assertEquals(400, adultQuestions.statusCode(), adultQuestions::body);
        assertTrue(adultQuestions.body().contains("sexualOrientation: asked only of people aged 16 and over; the resident was"
                + " under 16 on " + today + "."), adultQuestions::body);
        assertEquals(201, Council.postJson("equality-monitoring", "adviser",
                questionnaire(child, today, "{\"sex\":\"FEMALE\",\"ethnicGroup\":\"PREFER_NOT_TO_SAY\"}")).statusCode());

        HttpResponse<String> future = Council.postJson("equality-monitoring", "adviser",
                questionnaire(resident, WorkingDayCount.today().plusDays(1).toString(), ANSWERS));
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("is after today"), future::body);
        HttpResponse<String> unknown = Council.postJson("equality-monitoring", "adviser",
                questionnaire(resident, today, "{\"religion\":\"JEDI\"}"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("religion") && unknown.body().contains("NO_RELIGION"), unknown::body);
    }

    @Test
    void aLaterQuestionnaireReplacesTheEarlierWhichStaysInTheSubjectAccessExport() {
        long resident = ComplaintsApi.newResident("Aisha");
        LocalDate today = WorkingDayCount.today();
        assertEquals(201, Council.postJson("equality-monitoring", "adviser",
                questionnaire(resident, today.minusMonths(14).toString(), ANSWERS)).statusCode());
        JsonNode second = Council.json(Council.postJson("equality-monitoring", "complaints-officer", questionnaire(resident,
                today.toString(), "{\"ethnicGroup\":\"PREFER_NOT_TO_SAY\",\"religion\":\"MUSLIM\"}")));
        assertTrue(second.get("replacedEarlierAnswers").asBoolean(), second::toString);

        JsonNode current = Council.json(Council.get("equality-monitoring?resident=" + resident, "equality-officer"));
        assertEquals("PREFER_NOT_TO_SAY", current.get("answers").get("ethnicGroup").asText());
        assertEquals("MUSLIM", current.get("answers").get("religion").asText());
        assertTrue(Council.absent(current.get("answers"), "sex"), "the later questionnaire replaces, it does not merge");
        JsonNode history = Council.json(Council.get("equality-monitoring/history?resident=" + resident, "equality-officer"));
        assertEquals(2, history.size(), history::toString);
        assertEquals(today.minusMonths(14).toString(), history.get(1).get("answeredOn").asText());
        assertFalse(Council.absent(history.get(1), "replacedAt"), "the earlier one is history");

        JsonNode export = Council.json(Council.get("subject-access/" + resident, "administrator"));
        assertEquals(2, export.get("equalityMonitoring").size(), export.get("equalityMonitoring")::toString);
        assertEquals("CARIBBEAN", export.get("equalityMonitoring").get(1).get("answers").get("ethnicGroup").asText());
    }

    @Test
    void withdrawingConsentErasesEveryAnswerAndSaysSo() {
        long resident = ComplaintsApi.newResident("Nadia");
        LocalDate today = WorkingDayCount.today();
        Council.postJson("equality-monitoring", "adviser", questionnaire(resident, today.minusYears(1).toString(), ANSWERS));
        Council.postJson("equality-monitoring", "adviser", questionnaire(resident, today.toString(), ANSWERS));

        JsonNode withdrawn = Council.json(Council.postJson("equality-monitoring/withdrawal", "adviser",
                "{\"residentId\":" + resident + "}"));
        assertEquals(2, withdrawn.get("questionnairesErased").asInt(), withdrawn::toString);

        HttpResponse<String> none = Council.get("equality-monitoring?resident=" + resident, "equality-officer");
        assertEquals(404, none.statusCode(), none::body);
        assertEquals(0, Council.json(Council.get("equality-monitoring/history?resident=" + resident, "equality-officer")).size());
        JsonNode status = Council.json(Council.get("equality-monitoring/status?resident=" + resident, "adviser"));
        assertTrue(Council.absent(status, "answeredOn") && !Council.absent(status, "consentWithdrawnAt"), status::toString);
        JsonNode export = Council.json(Council.get("subject-access/" + resident, "administrator"));
        assertEquals(0, export.get("equalityMonitoring").size());
        assertEquals(1, export.get("equalityConsentWithdrawals").size());
        String timeline = Council.get("residents/" + resident + "/timeline?kind=equality-monitoring", "adviser").body();
        assertTrue(timeline.contains("Consent to equality monitoring withdrawn; answers erased"), timeline);
    }
}
