package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Service standards on the administrator's page: what is published, an answering target published and withdrawn, a bad one refused. */
class AdministratorServiceStandardsBrowserIT extends InTheBrowser {

    @Test
    void anAnsweringTargetIsPublishedThenWithdrawnAndOneForLettersIsRefused() {
        Browser.signIn(browser, "administrator", "/admin/standards.xhtml");
        String table = browser.findElement(By.id("published")).getText();
        assertTrue(table.contains("Calls answered within 15 seconds") && table.contains("15 seconds"), table);
        assertTrue(table.contains("Letters answered within 10 working days") && table.contains("10 working days"), table);

        String description = "Parking calls answered within 30 seconds " + Council.uniqueSurname();
        browser.findElement(By.id("standards:description")).sendKeys(description);
        new Select(browser.findElement(By.id("standards:step"))).selectByVisibleText("Answer a call or webchat (seconds)");
        browser.findElement(By.id("standards:target")).sendKeys("30");
        new Select(browser.findElement(By.id("standards:service"))).selectByIndex(1);
        new Select(browser.findElement(By.id("standards:channel"))).selectByVisibleText("Telephone");
        browser.findElement(By.id("standards:publish")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Published"));
        table = browser.findElement(By.id("published")).getText();
        assertTrue(table.contains(description) && table.contains("30 seconds"), table);

        browser.findElement(By.id("standards:description")).sendKeys("Letters answered within 30 seconds");
        new Select(browser.findElement(By.id("standards:step"))).selectByVisibleText("Answer a call or webchat (seconds)");
        browser.findElement(By.id("standards:target")).clear();
        browser.findElement(By.id("standards:target")).sendKeys("30");
        new Select(browser.findElement(By.id("standards:channel"))).selectByVisibleText("Post");
        browser.findElement(By.id("standards:publish")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"),
                "An answering target is for calls or webchats: choose the telephone or webchat channel."));
        assertFalse(browser.findElement(By.id("published")).getText().contains("Letters answered within 30 seconds"));

        browser.findElement(By.cssSelector("a[title='Withdraw " + description + "']")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "withdrawn"));
        assertFalse(browser.findElement(By.id("published")).getText().contains(description), "withdrawn from the list");
    }
}
