package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's warehouse page: a load run from it says whether it reconciled and is listed
 * with its counts; a Census table uploaded from it is kept for the borough.
 */
class WarehousePageBrowserIT extends InTheBrowser {

    @Test
    void anAdministratorLoadsTheWarehouseAndSeesItReconciled() {
        Browser.signIn(browser, "administrator", "/admin/warehouse.xhtml");
        browser.findElement(By.id("loads:loadNow")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "finished"));
        String messages = browser.findElement(By.id("pageMessages")).getText();
        assertTrue(messages.contains("Reconciled: every fact's count per month agrees with the operational records."), messages);
        String history = browser.findElement(By.id("history")).getText();
        assertTrue(history.contains("Reconciled") && history.contains("administrator"), history);
    }

    @Test
    void anAdministratorUploadsACensusTable() throws IOException {
        Path file = Files.createTempFile("census2021-ts008-", ".csv");
        Files.writeString(file, "date,geography,geography code,Sex: All persons; measures: Value,Sex: Female; measures: Value,"
                + "Sex: Male; measures: Value\n2021,Demo Borough,E09000099,307600,158414,149186\n"
                + "2021,Northern Neighbour,E09000098,241300,121784,119371\n");
        Browser.signIn(browser, "administrator", "/admin/warehouse.xhtml");
        browser.findElement(By.id("census:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("census:import")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Imported"));
        String messages = browser.findElement(By.id("pageMessages")).getText();
        assertTrue(messages.contains("Imported TS008 (Sex): 3 figures kept for Demo Borough (E09000099); 0 rows refused;"
                + " 1 other area in the file left out."), messages);
        assertTrue(browser.findElement(By.id("held")).getText().contains("TS008 Sex Demo Borough (E09000099) 307600"),
                browser.findElement(By.id("held")).getText());
        Files.delete(file);
    }
}
