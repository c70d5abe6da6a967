package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator changes a subscription on the Subscriptions page: its next five runs are listed, Change puts it in
 * the form, and keeping the change moves it to the new schedule.
 */
class ReportSubscriptionChangeBrowserIT extends InTheBrowser {

    @Test
    void anAdministratorChangesASubscriptionsScheduleOnThePage() {
        HttpResponse<String> made = Council.postJson("report-subscriptions", "administrator", "{\"report\":\"annual-complaints\","
                + "\"period\":\"last-full-year\",\"schedule\":\"yearly 06-01@07:00\",\"formats\":[\"pdf\"],"
                + "\"recipients\":[\"role:senior-manager\"]}");
        assertEquals(201, made.statusCode(), made::body);
        long id = Council.json(made).get("id").asLong();

        Browser.signIn(browser, "administrator", "/admin/report-subscriptions.xhtml");
        WebElement row = row(id);
        assertEquals(5, row.findElements(By.cssSelector("td:nth-child(4) li")).size(), "the next five runs: " + row.getText());
        assertTrue(row.getText().contains("1 Jun "), row.getText());

        row.findElement(By.xpath(".//a[starts-with(normalize-space(.), 'Change')]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("formHeading"), "Change subscription " + id));
        WebElement schedule = browser.findElement(By.id("add:schedule"));
        assertEquals("yearly 06-01@07:00", schedule.getAttribute("value"));
        schedule.clear();
        schedule.sendKeys("weekly MONDAY@07:00");
        browser.findElement(By.id("add:save")).click();

        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("formHeading"), "Add a subscription"));
        assertTrue(row(id).getText().contains("Monday"), row(id).getText());
        assertEquals("weekly MONDAY@07:00", Council.json(Council.get("report-subscriptions/" + id, "administrator")).get("schedule").asText());
    }

    private WebElement row(long id) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#held tbody tr"));
        return rows.stream().filter(r -> !r.findElements(By.xpath(".//a[contains(., 'subscription " + id + "')]")).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("subscription " + id + " is not listed: " + browser.findElement(By.id("held")).getText()));
    }
}
