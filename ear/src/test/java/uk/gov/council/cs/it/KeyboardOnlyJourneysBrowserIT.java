package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journeys with the keyboard alone: find a resident, log a contact, log a complaint, and take
 * the complaint through stage 1 (acknowledge, accept, assign, respond). Each control is reached with
 * Tab and used with typing, the arrow keys, Space and Enter; the focus is always visible.
 */
class KeyboardOnlyJourneysBrowserIT extends InTheBrowser {

    @Test
    void findAResidentLogAContactAndAComplaintThenTakeItThroughStageOne() {
        String surname = Council.uniqueSurname();
        Residents.withProfile("Aurelia", surname, "1961-04-03", "SE15 4QB", "07700 900703", "JN 12 34 56 D");

        // Find a resident: the search box has the focus when the page opens.
        Browser.signIn(browser, "adviser", "/residents/index.xhtml");
        Keyboard.focused(browser).sendKeys("Aurelia " + surname + " 3/4/1961" + Keys.ENTER);
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Aurelia " + surname)));
        WebElement found = Keyboard.tabToText(browser, "Aurelia " + surname);
        assertFocusVisible(found);
        Keyboard.enterAndWaitForPage(browser, "logContact");

        // Log a contact.
        Keyboard.tabToText(browser, "Log a contact");
        Keyboard.enterAndWaitForPage(browser, "contact:log");
        Keyboard.type(browser, "contact:service", Keys.ARROW_DOWN);
        Keyboard.type(browser, "contact:reason", "Council tax band query");
        Keyboard.type(browser, "contact:outcome", "Explained how bands are set");
        Keyboard.tabToId(browser, "contact:log");
        Keyboard.enterAndWaitFor(browser, "pageMessages", "Contact logged.");
        assertTrue(browser.findElement(By.id("recent")).getText().contains("Council tax band query"));

        // Log a complaint (a complaint is the kind already chosen).
        Keyboard.tabToText(browser, "Log feedback or a complaint");
        Keyboard.enterAndWaitForPage(browser, "feedback:logFeedback");
        Keyboard.type(browser, "feedback:summary", "The bin crew left my road out three weeks running");
        Keyboard.type(browser, "feedback:service", Keys.ARROW_DOWN);
        Keyboard.type(browser, "feedback:category", Keys.ARROW_DOWN);
        Keyboard.tabToId(browser, "feedback:logFeedback");
        Keyboard.enterAndWaitFor(browser, "pageMessages", "logged");
        String reference = browser.findElement(By.id("pageMessages")).getText().replaceAll("(?s).*Complaint (C\\d+) logged.*", "$1");
        assertTrue(reference.matches("C\\d+"), reference);

        // Stage 1 on the workbench: acknowledge and accept on the overview, then assign on its own form.
        Browser.signIn(browser, "complaints-officer", "/complaints/view.xhtml?ref=" + reference);
        Keyboard.tabToId(browser, "complaint:acknowledge");
        Keyboard.enterAndWaitFor(browser, "pageMessages", "acknowledged");
        Keyboard.tabToId(browser, "complaint:accept");
        Keyboard.enterAndWaitFor(browser, "pageMessages", "accepted");
        Keyboard.tabToText(browser, "Assign an investigating officer");
        Keyboard.enterAndWaitForPage(browser, "complaint:take");
        Keyboard.arrowTo(browser, "complaint:assignee", "investigating-officer");
        Keyboard.tabToId(browser, "complaint:take");
        Keyboard.enterAndWaitFor(browser, "pageMessages", "assigned to");

        // The investigating officer responds: the finding with the arrow keys, the response typed.
        Browser.signIn(browser, "investigating-officer", "/complaints/view.xhtml?ref=" + reference);
        Keyboard.tabToText(browser, "Send the response");
        Keyboard.enterAndWaitForPage(browser, "complaint:take");
        Keyboard.tabToId(browser, "complaint:outcome:0").sendKeys(Keys.SPACE);
        assertTrue(browser.findElement(By.id("complaint:outcome:0")).isSelected(), "Space chooses the finding");
        Keyboard.type(browser, "complaint:response", "Missed three times; the crew's round sheet now includes the road.");
        Keyboard.tabToId(browser, "complaint:take");
        Keyboard.enterAndWaitFor(browser, "pageMessages", "response sent");
        assertTrue(browser.findElement(By.id("state")).getText().contains("Responded"), browser.findElement(By.id("state")).getText());
    }

    @Test
    void theFirstTabGoesToTheSkipLinkWhichJumpsToTheContent() {
        Browser.signIn(browser, "adviser", "/index.xhtml");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = Keyboard.focused(browser);
        assertTrue(skip.getText().contains("Skip to main content"), "first Tab: " + skip.getText());
        assertTrue(skip.isDisplayed(), "the skip link shows when it has the focus");
        skip.sendKeys(Keys.ENTER);
        Browser.waitFor(browser).until(d -> "main-content".equals(Keyboard.focused(d).getAttribute("id")));
    }

    /** The design's focus style: a yellow outline or underline bar, never nothing. */
    private static void assertFocusVisible(WebElement element) {
        String outline = element.getCssValue("outline-style");
        String shadow = element.getCssValue("box-shadow");
        String background = element.getCssValue("background-color");
        assertTrue(!"none".equals(outline) || (shadow != null && !"none".equals(shadow)) || background.contains("255, 221, 0"),
                "the focused element shows it: outline " + outline + ", shadow " + shadow + ", background " + background);
    }
}
