package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The adviser's journey in a real browser: search with the keyboard, open the single customer view,
 * see the alerts first, log the contact, see it on the timeline.
 */
class AdviserDeskBrowserIT extends InTheBrowser {

    @Test
    void searchViewAndLogAContact() {
        String surname = Council.uniqueSurname();
        long id = Residents.withProfile("Krystyna", surname, "1958-12-01", "SE16 3RW", "07700 900700", "JN 12 34 56 A");
        assertEquals(200, Council.send(Council.api("residents/" + id + "/vulnerabilities/BEREAVEMENT", "adviser")
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("Husband died in October")).build())
                .statusCode());

        Browser.signIn(browser, "adviser", "/residents/index.xhtml");
        browser.findElement(By.id("search:query")).sendKeys("Krystyna " + surname + " 1/12/1958" + Keys.ENTER);
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Krystyna " + surname)));
        assertTrue(browser.getPageSource().contains("same date of birth"), "each result says why it matched");
        browser.findElement(By.linkText("Krystyna " + surname)).click();

        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("alerts")));
        String alerts = browser.findElement(By.id("alerts")).getText();
        assertTrue(alerts.contains("Recent bereavement: Husband died in October"), alerts);
        assertTrue(alerts.contains("Interpreter needed: Polish") && alerts.contains("Large print"), alerts);
        assertTrue(browser.findElement(By.id("recentEmpty")).getText().contains("Nothing recorded yet."));

        browser.findElement(By.id("logContact")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("contact:log")));
        new Select(browser.findElement(By.id("contact:service"))).selectByIndex(1);
        new Select(browser.findElement(By.id("contact:channel"))).selectByVisibleText("Face to face");
        browser.findElement(By.id("contact:reason")).sendKeys("Council tax single person discount");
        browser.findElement(By.id("contact:outcome")).sendKeys("Discount applied");
        browser.findElement(By.id("contact:minutes")).sendKeys("7");
        browser.findElement(By.id("contact:log")).click();

        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent"),
                "Council tax single person discount"));
        assertTrue(browser.findElement(By.id("pageMessages")).getText().contains("Contact logged."),
                "back on the resident's overview, the banner says what was done");
        String timeline = browser.findElement(By.id("recent")).getText();
        assertTrue(timeline.contains("Face to face: Council tax single person discount – Discount applied"), timeline);
        assertTrue(timeline.contains("adviser"), "who handled it: " + timeline);
    }

    @Test
    void aContactWithoutAReasonIsRefusedWithTheProblemsAtTheTopAndBesideEachField() {
        long id = Residents.withProfile("Tadeusz", Council.uniqueSurname(), "1949-03-03", "SE16 3RW", "07700 900701", "JN 12 34 56 B");
        Browser.signIn(browser, "adviser", "/residents/log-contact.xhtml?id=" + id);
        new Select(browser.findElement(By.id("contact:channel"))).selectByVisibleText("Post");
        browser.findElement(By.id("contact:waited")).sendKeys("30");
        browser.findElement(By.id("contact:log")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "The contact was not logged."));
        String messages = browser.findElement(By.id("errorSummary")).getText();
        assertTrue(messages.contains("Choose the service the contact was about.")
                && messages.contains("Say why the resident got in touch (reason).")
                && messages.contains("A wait before answering is recorded for calls and webchats only, not for post."), messages);
        assertTrue(browser.getTitle().startsWith("Error: "), "the title says first that there is a problem: " + browser.getTitle());
        // The error summary takes the focus, so a screen reader reads it first.
        Browser.waitFor(browser).until(d -> "errorSummary".equals(d.switchTo().activeElement().getAttribute("id")));

        // Each problem links to its field, and the field says it again beside the box, keeping what was typed.
        browser.findElement(By.linkText("Say why the resident got in touch (reason).")).click();
        assertEquals("contact:reason", browser.switchTo().activeElement().getAttribute("id"), "the link moves to the field");
        assertEquals("Error: Say why the resident got in touch (reason).",
                browser.findElement(By.id("reason-error")).getText().replaceAll("\\s+", " "));
        assertTrue(browser.findElement(By.id("contact:reason")).getAttribute("aria-describedby").contains("reason-error"),
                "the field is described by its error");
        assertTrue(browser.findElement(By.id("service-error")).getText().contains("Choose the service"));
        assertTrue(browser.findElement(By.id("waited-error")).getText().contains("calls and webchats only"));
        assertEquals("30", browser.findElement(By.id("contact:waited")).getAttribute("value"), "nothing typed is lost");
        assertEquals(0, browser.findElements(By.id("outcome-error")).size(), "a field without a problem shows none");
    }

    @Test
    void aResidentNotFoundIsRegisteredFromTheDesk() {
        String surname = Council.uniqueSurname();
        Browser.signIn(browser, "adviser", "/residents/index.xhtml");
        browser.findElement(By.id("register:registerButton")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "Forename is missing."));
        browser.findElement(By.id("register:forename")).sendKeys("Ifeoma");
        browser.findElement(By.id("register:surname")).sendKeys(surname);
        browser.findElement(By.id("register:dateOfBirth:day")).sendKeys("14");
        browser.findElement(By.id("register:dateOfBirth:month")).sendKeys("2");
        browser.findElement(By.id("register:dateOfBirth:year")).sendKeys("1971");
        browser.findElement(By.id("register:postcode")).sendKeys("se154qb");
        browser.findElement(By.id("register:registerButton")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "Registered as a new resident."));
        browser.findElement(By.id("register:openRegistered")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logContact")));
        assertTrue(browser.getPageSource().contains("Ifeoma " + surname) && browser.getPageSource().contains("SE15 4QB"),
                "the new resident's page, postcode normalised");
    }
}
