package uk.gov.council.cs.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its own chromedriver (nothing is downloaded). The flags
 * keep Chromium off the network, which this machine does not have.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("council.it.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("council.it.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    static WebDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run installs them).");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // Files the pages offer (reports) are saved, not shown, in a folder of this browser's own.
            Path downloads = Files.createTempDirectory("council-downloads");
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("council-chromium").toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            DOWNLOADS.put(driver, downloads);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("No temporary directory for Chromium's profile", e);
        }
    }

    private static final java.util.Map<WebDriver, Path> DOWNLOADS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The folder this browser saves downloads in. */
    static Path downloads(WebDriver driver) {
        return DOWNLOADS.get(driver);
    }

    static void signIn(WebDriver driver, String username, String page) {
        driver.get(Council.APP + "/login.xhtml");
        driver.manage().deleteAllCookies();
        driver.get(Council.APP + page);
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(Council.DEMO_PASSWORD);
        driver.findElement(By.id("signIn")).click();
        // The container serves the sign-in form at the requested address, so the address alone does not
        // show the page has arrived; the header naming the officer does.
        waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> d.getCurrentUrl().contains(page)
                && d.findElements(By.id("signedInOfficer")).stream().anyMatch(e -> username.equals(e.getText())));
    }

    /**
     * Waits up to 20 seconds. Chromium can answer a read of an element that an AJAX update is replacing with
     * "Node with given id does not belong to the document" (a plain WebDriverException, not a stale element),
     * so every WebDriverException is retried; a timeout still names the last one as its cause.
     */
    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }
}
