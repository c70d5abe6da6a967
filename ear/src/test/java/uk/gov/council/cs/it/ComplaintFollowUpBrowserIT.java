package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * After the response, in the browser: the learning's actions closed only with evidence, and the
 * Ombudsman's case moved on, decided and its recommendation complied with; and the restriction on a
 * complainant's contact, decided on the resident's page and seen first by the adviser.
 */
class ComplaintFollowUpBrowserIT extends InTheBrowser {

    @Test
    void actionsAndTheOmbudsmansCaseAreKeptOnTheWorkbench() {
        long id = ComplaintsApi.underInvestigation("head-of-service");
        ComplaintsApi.step(id, "respond", "head-of-service", ComplaintsApi.response("UPHELD"));
        ComplaintsApi.step(id, "close", "complaints-officer", null);
        ComplaintsApi.step(id, "ombudsman", "complaints-officer", String.format("{\"reference\":\"27 %03d 555\"}", id % 1000));

        String learning = "/complaints/learning.xhtml?id=" + id;
        Browser.signIn(browser, "complaints-officer", learning);
        browser.findElement(By.id("action:description")).sendKeys("Retrain the repairs desk on booking visits");
        new Select(browser.findElement(By.id("action:owner"))).selectByValue("head-of-service");
        dateInto("action:dueOn", WorkingDayCount.today().plusDays(30));
        click("action:addAction", "Action added.");
        assertTrue(text("learning").contains("stays open"), text("learning"));
        assertTrue(browser.findElements(By.xpath("//input[@value='Report done']")).isEmpty(), "only the owner reports it done");

        Browser.signIn(browser, "head-of-service", learning);
        browser.findElement(By.xpath("//input[@value='Report done']")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Reported done"));
        assertTrue(text("learning").contains("stays open"), "reported is not done: " + text("learning"));
        assertTrue(browser.findElements(By.xpath("//table[@id='actionList']//input[contains(@id,'complete')]")).isEmpty(),
                "the owner does not confirm their own action");

        Browser.signIn(browser, "complaints-officer", learning);
        browser.findElement(By.xpath("//table[@id='actionList']//input[contains(@id,'evidence')]")).sendKeys("Training register, 12 officers");
        browser.findElement(By.xpath("//table[@id='actionList']//input[contains(@id,'complete')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("learning"), "the learning is closed"));

        browser.findElement(By.id("ombudsmanLink")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.className("ombudsman-case")));
        new Select(browser.findElement(By.xpath("//select[contains(@id,'caseStage')]"))).selectByVisibleText("Final decision");
        browser.findElement(By.xpath("//input[contains(@id,'moveCase')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "moved on"));
        new Select(browser.findElement(By.xpath("//select[contains(@id,'caseDecision')]"))).selectByVisibleText("Upheld");
        LocalDate today = WorkingDayCount.today();
        browser.findElement(By.xpath("//input[contains(@id,'caseDecidedOn:day')]")).sendKeys(Integer.toString(today.getDayOfMonth()));
        browser.findElement(By.xpath("//input[contains(@id,'caseDecidedOn:month')]")).sendKeys(Integer.toString(today.getMonthValue()));
        browser.findElement(By.xpath("//input[contains(@id,'caseDecidedOn:year')]")).sendKeys(Integer.toString(today.getYear()));
        browser.findElement(By.xpath("//label[contains(@for,'caseRemedied')]")).click();
        browser.findElement(By.xpath("//input[contains(@id,'decideCase')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "decision is recorded"));
        new Select(browser.findElement(By.xpath("//select[contains(@id,'itemKind')]"))).selectByVisibleText("Recommendation");
        browser.findElement(By.xpath("//input[contains(@id,'itemDescription')]")).sendKeys("Pay £150 for time and trouble");
        LocalDate due = today.plusDays(20);
        browser.findElement(By.xpath("//input[contains(@id,'itemDueOn:day')]")).sendKeys(Integer.toString(due.getDayOfMonth()));
        browser.findElement(By.xpath("//input[contains(@id,'itemDueOn:month')]")).sendKeys(Integer.toString(due.getMonthValue()));
        browser.findElement(By.xpath("//input[contains(@id,'itemDueOn:year')]")).sendKeys(Integer.toString(due.getYear()));
        browser.findElement(By.xpath("//input[contains(@id,'addItem')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Added to the case"));
        browser.findElement(By.xpath("//input[contains(@id,'itemEvidence')]")).sendKeys("Payment reference 88812");
        browser.findElement(By.xpath("//input[contains(@id,'itemDone')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Recorded as done"));
        String ombudsman = browser.findElement(By.className("ombudsman-case")).getText();
        assertTrue(ombudsman.contains("Final decision, decision: Upheld (remedied by the council before the Ombudsman)")
                && ombudsman.contains("done") && ombudsman.contains("Payment reference 88812"), ombudsman);
    }

    @Test
    void aRestrictionDecidedOnTheResidentsPageIsTheAdvisersFirstAlert() {
        long resident = ComplaintsApi.newResident("Neville");
        Browser.signIn(browser, "complaints-officer", "/residents/view.xhtml?id=" + resident);
        browser.findElement(By.id("restrictContact")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("restriction:restrict")));
        browser.findElement(By.id("restriction:restrict")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "Say which conduct the decision rests on."));
        browser.findElement(By.xpath("//label[contains(text(),'Abusive or threatening language')]")).click();
        browser.findElement(By.id("restriction:decision")).sendKeys("Threatening calls to the housing office on 3 and 10 November");
        browser.findElement(By.id("restriction:limits")).sendKeys("Contact by letter to the complaints team only");
        java.time.LocalDate review = WorkingDayCount.today().plusMonths(6);
        browser.findElement(By.id("restriction:reviewOn:day")).sendKeys(Integer.toString(review.getDayOfMonth()));
        browser.findElement(By.id("restriction:reviewOn:month")).sendKeys(Integer.toString(review.getMonthValue()));
        browser.findElement(By.id("restriction:reviewOn:year")).sendKeys(Integer.toString(review.getYear()));
        browser.findElement(By.id("restriction:restrict")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "The restriction is recorded"));

        Browser.signIn(browser, "adviser", "/residents/view.xhtml?id=" + resident);
        String alert = browser.findElement(By.id("alerts")).getText();
        assertTrue(alert.contains("Contact is restricted: Contact by letter to the complaints team only"), alert);
        assertEquals(0, browser.findElements(By.id("restrictContact")).size(), "an adviser is not offered restricting contact");
    }

    private static void dateInto(String id, LocalDate day) {
        browser.findElement(By.id(id + ":day")).sendKeys(Integer.toString(day.getDayOfMonth()));
        browser.findElement(By.id(id + ":month")).sendKeys(Integer.toString(day.getMonthValue()));
        browser.findElement(By.id(id + ":year")).sendKeys(Integer.toString(day.getYear()));
    }

    private static void click(String id, String done) {
        browser.findElement(By.id(id)).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), done));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
