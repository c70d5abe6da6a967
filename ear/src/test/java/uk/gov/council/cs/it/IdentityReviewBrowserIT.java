package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Review and merge in a real browser: a second record of a resident who moved goes to the queue,
 * the adviser compares the two side by side, merges them, sees both histories under the record
 * kept, then unmerges them from that record's page.
 */
class IdentityReviewBrowserIT extends InTheBrowser {

    @Test
    void reviewMergeAndUnmerge() {
        String surname = Council.uniqueSurname();
        long onFile = Council.json(Residents.register("Halina", surname, "1966-07-14", "SE16 3RW")).get("resident").get("id").asLong();
        Residents.logContact(onFile, "Bulky waste collection");
        var moved = Council.json(Residents.register("Halina", surname, "1966-07-14", "SE5 8TR"));
        assertEquals("REGISTERED_FOR_REVIEW", moved.get("result").asText());
        long newRecord = moved.get("resident").get("id").asLong();
        long review = moved.get("reviews").get(0).asLong();
        Residents.logContact(newRecord, "Parking permit for new address");

        Browser.signIn(browser, "adviser", "/identity/queue.xhtml");
        String queue = browser.findElement(By.id("pairs")).getText();
        assertTrue(queue.contains("Halina " + surname + " (" + newRecord + ")"), queue);
        browser.get(Council.APP + "/identity/review.xhtml?id=" + review);

        String sideBySide = browser.findElement(By.id("sideBySide")).getText();
        assertTrue(sideBySide.contains("same date of birth") && sideBySide.contains("different address (people move)"), sideBySide);
        browser.findElement(By.id("decision:keepRight")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "Give the reason for the merge"));

        browser.findElement(By.id("decision:reason")).sendKeys("Confirmed previous address and date of birth");
        browser.findElement(By.id("decision:keepRight")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Merged"));

        browser.get(Council.APP + "/residents/timeline.xhtml?id=" + onFile);
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("Bulky waste collection") && timeline.contains("Parking permit for new address"),
                "the kept record shows both histories: " + timeline);
        browser.findElement(By.id("profileLink")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("merges")));
        browser.findElement(By.cssSelector("#merges a[id$='unmerge']")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("unmerge:confirm")));
        browser.findElement(By.id("unmerge:confirm")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "The merge was not undone."));
        browser.findElement(By.id("unmerge:reason")).sendKeys("Sisters with the same name, not one person");
        browser.findElement(By.id("unmerge:confirm")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Unmerged"));
        timeline = browser.findElement(By.id("recent")).getText();
        assertTrue(timeline.contains("Bulky waste collection") && !timeline.contains("Parking permit"),
                "after the unmerge the kept record shows only its own history: " + timeline);
    }
}
