package uk.gov.council.cs.it;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person at the keyboard alone: moves through the page with Tab, types into what has the focus,
 * and presses Enter or Space; never clicks. Reaching a control this way proves it is in the page's
 * tab order and operable without a mouse.
 */
final class Keyboard {

    private static final int MOST_TABS = 150;

    private Keyboard() {
    }

    static WebElement focused(WebDriver browser) {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab until the focus is on the element that matches; fails if the page never gets there. */
    static WebElement tabTo(WebDriver browser, String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < MOST_TABS; i++) {
            focused(browser).sendKeys(Keys.TAB);
            WebElement now = focused(browser);
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError(what + " cannot be reached with the Tab key");
    }

    static WebElement tabToId(WebDriver browser, String id) {
        return tabTo(browser, "#" + id, e -> id.equals(e.getAttribute("id")));
    }

    static WebElement tabToText(WebDriver browser, String text) {
        return tabTo(browser, "\"" + text + "\"", e -> text.equals(e.getText().strip()) || text.equals(e.getAttribute("value")));
    }

    static void type(WebDriver browser, String id, CharSequence... keys) {
        tabToId(browser, id).sendKeys(keys);
    }

    /** Presses Enter on a link or button that opens another page, and waits for an element only that page has. */
    static void enterAndWaitForPage(WebDriver browser, String elementId) {
        focused(browser).sendKeys(Keys.ENTER);
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(elementId)));
    }

    /** Chooses an option of a select with the arrow keys: down until its value is the one wanted. */
    static void arrowTo(WebDriver browser, String id, String value) {
        WebElement select = tabToId(browser, id);
        for (int i = 0; i < 60 && !value.equals(select.getAttribute("value")); i++) {
            select.sendKeys(Keys.ARROW_DOWN);
        }
        if (!value.equals(select.getAttribute("value"))) {
            throw new AssertionError(value + " cannot be chosen in #" + id + " with the arrow keys");
        }
    }

    /** Presses Enter on what has the focus and waits for the page to say what it should. */
    static void enterAndWaitFor(WebDriver browser, String elementId, String text) {
        focused(browser).sendKeys(Keys.ENTER);
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id(elementId), text));
    }
}
