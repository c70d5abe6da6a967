package uk.gov.council.cs.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** End-to-end tests that drive one headless Chromium per test class, as staff use the screens. */
abstract class InTheBrowser extends DeployedCouncil {

    protected static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
