package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * From the Reports page to a report's figures on screen, and from a count to the records it counts, each of
 * which the complaints team can open.
 */
class ReportFigureRecordsBrowserIT extends InTheBrowser {

    @Test
    void aCountOpensTheRecordsItCounts() {
        long resident = ComplaintsApi.newResident("Ottilie");
        Residents.logContact(resident, "Missed bin collection");
        long complaint = ComplaintsApi.log("adviser", resident, null);
        Warehouse.loadChanges();

        Browser.signIn(browser, "complaints-officer", "/reports/index.xhtml");
        browser.findElement(By.id("figures-quarterly-performance")).click();
        Browser.waitFor(browser).until(ExpectedConditions.titleContains("Quarterly performance report"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Contacts by channel"));

        String quarter = ReportPeriod.quarterOf(WorkingDayCount.today()).code();
        Browser.signIn(browser, "complaints-officer", "/reports/figures.xhtml?report=quarterly-performance&period=" + quarter);
        List<WebElement> counts = browser.findElements(By.xpath("//table[caption[contains(., 'Complaints received, by stage')]]"
                + "//tr[th[normalize-space(.)='All stages']]//a"));
        assertEquals(5, counts.size(), "a link on each quarter's count");
        String printed = counts.get(4).getText().split(":")[0].strip();
        counts.get(4).click();

        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        assertTrue(browser.findElement(By.id("figure")).getText().contains("All stages"), browser.findElement(By.id("figure")).getText());
        assertTrue(browser.findElement(By.id("recordCount")).getText().startsWith(printed.replace(",", "") + " complaint stages"),
                browser.findElement(By.id("recordCount")).getText());
        WebElement opened = browser.findElement(By.xpath("//table[@id='records']//a[normalize-space(.)='" + complaint + "']"));
        opened.click();
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("/complaints/view.xhtml?id=" + complaint));
    }
}
