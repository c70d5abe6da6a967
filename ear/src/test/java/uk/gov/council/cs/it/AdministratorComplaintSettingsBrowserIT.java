package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's pages in the browser: the wording of a letter (a mistyped placeholder refused) and the calendar's closures. */
class AdministratorComplaintSettingsBrowserIT extends InTheBrowser {

    @Test
    void aLetterWithAMistypedPlaceholderIsRefusedAndAGoodOneSaved() {
        Browser.signIn(browser, "administrator", "/complaints/letters.xhtml");
        WebElement subject = browser.findElement(holdingLetter("subject"));
        subject.clear();
        subject.sendKeys("Complaint ${referance}: a little more time");
        browser.findElement(holdingLetter("save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "${referance} is not a placeholder the letters fill"));

        subject = browser.findElement(holdingLetter("subject"));
        subject.clear();
        subject.sendKeys("Complaint ${reference}: a little more time");
        browser.findElement(holdingLetter("save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "The wording of \"Holding letter\" is saved"));
        assertTrue(Council.get("letter-templates", "complaints-officer").body().contains("Complaint ${reference}: a little more time"));
    }

    @Test
    void aClosureIsAddedOnTheCalendarPage() {
        Browser.signIn(browser, "administrator", "/admin/calendar.xhtml");
        browser.findElement(By.id("calendar:year")).clear();
        browser.findElement(By.id("calendar:year")).sendKeys("2029");
        browser.findElement(By.id("calendar:closedOn:day")).sendKeys("12");
        browser.findElement(By.id("calendar:closedOn:month")).sendKeys("9");
        browser.findElement(By.id("calendar:closedOn:year")).sendKeys("2029");
        browser.findElement(By.id("calendar:reason")).sendKeys("Staff training day");
        browser.findElement(By.id("calendar:close")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "The council is closed on 12 Sep 2029"));
        String closures = browser.findElement(By.id("closures")).getText();
        assertTrue(closures.contains("12 Sep 2029") && closures.contains("Staff training day"), closures);
        assertTrue(browser.findElement(By.id("holidays")).getText().contains("Christmas Day"));
    }

    /** A field or button of the holding letter's card. */
    private static By holdingLetter(String id) {
        return By.xpath("//div[contains(@class,'govuk-summary-card')][.//h2[text()='Holding letter']]//input[contains(@id,'" + id + "')]");
    }
}
