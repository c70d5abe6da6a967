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

        Browser.signIn(browser, "complaints-officer", "/complaints/view.xhtml?id=" + id);
        browser.findElement(By.id("complaint:actionDescription")).sendKeys("Retrain the repairs desk on booking visits");
        new Select(browser.findElement(By.id("complaint:actionOwner"))).selectByValue("head-of-service");
        browser.findElement(By.id("complaint:actionDueOn")).sendKeys(WorkingDayCount.today().plusDays(30).toString());
        step("addAction", "Action added.");
        assertTrue(text("learning").contains("stays open"), text("learning"));
        assertTrue(browser.findElements(By.xpath("//input[@value='Reported done']")).isEmpty(), "only the owner reports it done");

        Browser.signIn(browser, "head-of-service", "/complaints/view.xhtml?id=" + id);
        browser.findElement(By.xpath("//input[@value='Reported done']")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Reported done"));
        assertTrue(text("learning").contains("stays open"), "reported is not done: " + text("learning"));
        assertTrue(browser.findElements(By.xpath("//table[@id='actionList']//input[contains(@id,'complete')]")).isEmpty(),
                "the owner does not confirm their own action");

        Browser.signIn(browser, "complaints-officer", "/complaints/view.xhtml?id=" + id);
        browser.findElement(By.xpath("//table[@id='actionList']//input[contains(@id,'evidence')]")).sendKeys("Training register, 12 officers");
        browser.findElement(By.xpath("//table[@id='actionList']//input[contains(@id,'complete')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("learning"), "the learning is closed"));

        new Select(browser.findElement(By.xpath("//select[contains(@id,'caseStage')]"))).selectByVisibleText("Final decision");
        browser.findElement(By.xpath("//input[contains(@id,'moveCase')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "moved on"));
        new Select(browser.findElement(By.xpath("//select[contains(@id,'caseDecision')]"))).selectByVisibleText("Upheld");
        browser.findElement(By.xpath("//input[contains(@id,'caseDecidedOn')]")).sendKeys(WorkingDayCount.today().toString());
        browser.findElement(By.xpath("//input[contains(@id,'caseRemedied')]")).click();
        browser.findElement(By.xpath("//input[contains(@id,'decideCase')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "decision is recorded"));
        new Select(browser.findElement(By.xpath("//select[contains(@id,'itemKind')]"))).selectByVisibleText("Recommendation");
        browser.findElement(By.xpath("//input[contains(@id,'itemDescription')]")).sendKeys("Pay £150 for time and trouble");
        browser.findElement(By.xpath("//input[contains(@id,'itemDueOn')]")).sendKeys(WorkingDayCount.today().plusDays(20).toString());
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
        browser.findElement(By.id("restriction:restrict")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "Say which conduct the decision rests on."));
        browser.findElement(By.xpath("//label[contains(text(),'Abusive or threatening language')]")).click();
        browser.findElement(By.id("restriction:decision")).sendKeys("Threatening calls to the housing office on 3 and 10 November");
        browser.findElement(By.id("restriction:limits")).sendKeys("Contact by letter to the complaints team only");
        browser.findElement(By.id("restriction:reviewOn")).sendKeys(WorkingDayCount.today().plusMonths(6).toString());
        browser.findElement(By.id("restriction:restrict")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "The restriction is recorded"));

        Browser.signIn(browser, "adviser", "/residents/view.xhtml?id=" + resident);
        String alert = browser.findElement(By.id("restrictionAlerts")).getText();
        assertTrue(alert.contains("Contact with this resident is restricted") && alert.contains("Contact by letter to the complaints team only"),
                alert);
        assertEquals(0, browser.findElements(By.id("restriction:restrict")).size(), "an adviser cannot restrict contact");
    }

    private static void step(String button, String done) {
        browser.findElement(By.id("complaint:" + button)).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), done));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
