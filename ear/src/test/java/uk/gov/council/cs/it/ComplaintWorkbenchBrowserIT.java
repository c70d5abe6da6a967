package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole complaint in a real browser: the adviser logs it on the resident's page; on the workbench
 * the complaints officer acknowledges, accepts and assigns it; the investigating officer responds;
 * it is escalated, reviewed by the head of service, and referred to the Ombudsman.
 */
class ComplaintWorkbenchBrowserIT extends InTheBrowser {

    @Test
    void fromTheAdvisersDeskThroughBothStagesToTheOmbudsman() {
        long resident = ComplaintsApi.newResident("Winston");
        Browser.signIn(browser, "adviser", "/residents/view.xhtml?id=" + resident);
        browser.findElement(By.id("logFeedback")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feedback:logFeedback")));
        browser.findElement(By.xpath("//label[text()='Complaint']")).click();
        new Select(browser.findElement(By.id("feedback:channel"))).selectByVisibleText("Face to face");
        new Select(browser.findElement(By.id("feedback:service"))).selectByIndex(1);
        new Select(browser.findElement(By.id("feedback:category"))).selectByVisibleText("Delay in service delivery");
        browser.findElement(By.id("feedback:summary")).sendKeys("Nobody came to fix the broken front door lock");
        browser.findElement(By.id("feedback:logFeedback")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "logged"));
        String message = browser.findElement(By.id("pageMessages")).getText();
        String reference = message.replaceAll("(?s).*Complaint (C\\d+) logged.*", "$1");
        assertTrue(reference.matches("C\\d+"), message);
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent"),
                "Complaint " + reference));

        Browser.signIn(browser, "complaints-officer", "/complaints/index.xhtml");
        browser.findElement(By.linkText(reference)).click();
        step("acknowledge", "acknowledged");
        step("accept", "accepted");
        open("Assign an investigating officer");
        new Select(browser.findElement(By.id("complaint:assignee"))).selectByValue("investigating-officer");
        take("assigned to investigating-officer");
        String page = "/complaints/view.xhtml?ref=" + reference;

        Browser.signIn(browser, "investigating-officer", page);
        open("Send the response");
        browser.findElement(By.xpath("//label[text()='Partly upheld']")).click();
        browser.findElement(By.id("complaint:response")).sendKeys("The lock order was lost between the repairs desk and the contractor.");
        new Select(browser.findElement(By.id("complaint:remedyType"))).selectByVisibleText("Apology");
        browser.findElement(By.id("complaint:remedyDescription")).sendKeys("For the delay");
        take("response sent");

        Browser.signIn(browser, "complaints-officer", page);
        open("Escalate to stage 2");
        browser.findElement(By.id("complaint:reason")).sendKeys("The resident says the lock is still not fixed");
        take("escalated to stage 2");
        step("acknowledge", "acknowledged");
        open("Assign the reviewer");
        new Select(browser.findElement(By.id("complaint:assignee"))).selectByValue("head-of-service");
        take("assigned to head-of-service");

        Browser.signIn(browser, "head-of-service", page);
        open("Send the response");
        browser.findElement(By.xpath("//label[text()='Upheld']")).click();
        browser.findElement(By.id("complaint:response")).sendKeys("The lock is now replaced; the contractor is paying for the delay.");
        new Select(browser.findElement(By.id("complaint:remedyType"))).selectByVisibleText("Financial remedy");
        browser.findElement(By.id("complaint:remedyDescription")).sendKeys("Time and trouble");
        browser.findElement(By.id("complaint:remedyAmount")).sendKeys("100");
        take("response sent");

        Browser.signIn(browser, "complaints-officer", page);
        open("Record the Ombudsman's case");
        browser.findElement(By.id("complaint:ombudsmanReference"))
                .sendKeys(String.format("26 %03d 777", Long.parseLong(reference.substring(1)) % 1000));
        take("the Ombudsman's case is recorded");
        String state = browser.findElement(By.id("state")).getText();
        assertTrue(state.contains("Stage 2") && state.contains("Referred to the Ombudsman"), state);
        browser.findElement(By.id("historyLink")).click();
        String history = browser.findElement(By.id("history")).getText().toLowerCase(java.util.Locale.ROOT);
        assertTrue(history.contains("escalate") && history.contains("respond") && history.contains("refer to ombudsman"), history);
    }

    /** Opens a step's own form from the complaint's overview. */
    private static void open(String step) {
        browser.findElement(By.linkText(step)).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("complaint:take")));
    }

    /** Takes the step on its form; back on the overview, the banner says it was done. */
    private static void take(String done) {
        browser.findElement(By.id("complaint:take")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), done));
    }

    private static void step(String button, String done) {
        browser.findElement(By.id("complaint:" + button)).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), done));
    }
}
