package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An adviser asks the equality monitoring questions from the resident's record: the answers need the
 * resident's consent, are recorded, and are not shown back; the equality officer reads what was kept.
 */
class EqualityQuestionnaireBrowserIT extends InTheBrowser {

    @Test
    void anAdviserRecordsTheAnswersWithConsentAndDoesNotSeeThemAgain() {
        long id = Residents.withProfile("Siobhan", Council.uniqueSurname(), "1972-05-17", "SE15 4QB", "07700 900702",
                "JN 12 34 56 C");
        Browser.signIn(browser, "adviser", "/residents/view.xhtml?id=" + id);
        browser.findElement(By.linkText("Ask the equality monitoring questions")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("lastAnswered")));
        assertEquals("Not answered yet.", browser.findElement(By.id("lastAnswered")).getText());

        new Select(browser.findElement(By.id("questionnaire:ethnicGroup"))).selectByVisibleText("White: Irish");
        browser.findElement(By.cssSelector("label[for='questionnaire:sex:0']")).click();
        browser.findElement(By.cssSelector("label[for='questionnaire:religion:0']")).click();
        browser.findElement(By.cssSelector("label[for='questionnaire:longTermCondition:0']")).click();
        browser.findElement(By.cssSelector("label[for='questionnaire:dayToDayLimitation:1']")).click();
        browser.findElement(By.id("questionnaire:record")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "The equality monitoring answers were not recorded."));
        assertTrue(browser.findElement(By.id("pageMessages")).getText().contains(
                "record answers only when the resident has said they consent"), "consent comes first");

        browser.findElement(By.id("questionnaire:consent")).click();
        browser.findElement(By.id("questionnaire:record")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "Equality monitoring answers recorded."));
        assertTrue(browser.findElement(By.id("lastAnswered")).getText().startsWith("Answered on "),
                browser.findElement(By.id("lastAnswered")).getText());
        assertFalse(browser.findElement(By.id("questionnaire:sex:0")).isSelected(), "the answers are not shown back");
        assertEquals("(not asked)", new Select(browser.findElement(By.id("questionnaire:ethnicGroup")))
                .getFirstSelectedOption().getText());

        JsonNode kept = Council.json(Council.get("equality-monitoring?resident=" + id, "equality-officer"));
        assertEquals("WHITE_IRISH", kept.get("answers").get("ethnicGroup").asText());
        assertEquals("FEMALE", kept.get("answers").get("sex").asText());
        assertEquals("NO_RELIGION", kept.get("answers").get("religion").asText());
        assertEquals("DISABLED", kept.get("disability").asText(), "a condition that limits day-to-day activities a little");
        assertTrue(Council.absent(kept.get("answers"), "sexualOrientation"), "a question not asked stays not asked");
        assertEquals("TELEPHONE", kept.get("channel").asText());
    }
}
