package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every page of the staff UI, opened by a role that uses it, passes axe-core's WCAG 2.2 AA rules;
 * each page's screenshot is kept in target/screenshots for people to look at.
 */
class EveryPageIsAccessibleBrowserIT extends InTheBrowser {

    private record Page(String name, String role, String path) {
    }

    @Test
    void axeFindsNoViolationOnAnyPage() {
        long resident = ComplaintsApi.newResident("Wiktoria");
        Residents.logContact(resident, "Missed bin collection");
        long complaint = ComplaintsApi.log("adviser", resident, null);
        long review = openReview();
        long restriction = Council.json(Council.postJson("contact-restrictions", "complaints-officer", "{\"residentId\":" + resident
                + ",\"conduct\":[\"EXCESSIVE_DEMANDS\"],\"decision\":\"Forty calls in a week about one matter\","
                + "\"restrictions\":\"One call a week to a named officer\",\"reviewOn\":\"" + WorkingDayCount.today().plusMonths(3)
                + "\"}")).get("id").asLong();
        long twin = ComplaintsApi.newResident("Wiktoria");
        long merge = Council.json(Council.postJson("identity/merges", "adviser", "{\"keptId\":" + resident + ",\"mergedId\":" + twin
                + ",\"reason\":\"Same person registered twice at the desk\"}")).get("id").asLong();

        Warehouse.loadChanges();
        String quarter = uk.gov.council.cs.reports.schedule.ReportPeriod.quarterOf(WorkingDayCount.today()).code();
        String quarterHeading = quarter.substring(8) + "%20" + quarter.substring(0, 7);
        List<Page> pages = List.of(
                new Page("home", "adviser", "/index.xhtml"),
                new Page("find-a-resident", "adviser", "/residents/index.xhtml"),
                new Page("resident", "adviser", "/residents/view.xhtml?id=" + resident),
                new Page("resident-timeline", "adviser", "/residents/timeline.xhtml?id=" + resident),
                new Page("resident-contacts-and-requests", "adviser", "/residents/requests.xhtml?id=" + resident),
                new Page("resident-complaints", "adviser", "/residents/complaints.xhtml?id=" + resident),
                new Page("resident-profile", "adviser", "/residents/profile.xhtml?id=" + resident),
                new Page("unmerge", "adviser", "/residents/unmerge.xhtml?id=" + resident + "&merge=" + merge),
                new Page("log-a-contact", "adviser", "/residents/log-contact.xhtml?id=" + resident),
                new Page("log-feedback", "adviser", "/residents/log-feedback.xhtml?id=" + resident),
                new Page("log-a-service-request", "adviser", "/residents/log-request.xhtml?id=" + resident),
                new Page("resident-not-found", "adviser", "/residents/view.xhtml?id=999999999"),
                new Page("equality-questionnaire", "adviser", "/equality/questionnaire.xhtml?resident=" + resident),
                new Page("complaints", "complaints-officer", "/complaints/index.xhtml"),
                new Page("complaint", "complaints-officer", "/complaints/view.xhtml?id=" + complaint),
                new Page("complaint-step", "complaints-officer", "/complaints/step.xhtml?step=EXTEND&id=" + complaint),
                new Page("complaint-learning", "complaints-officer", "/complaints/learning.xhtml?id=" + complaint),
                new Page("complaint-ombudsman", "complaints-officer", "/complaints/ombudsman.xhtml?id=" + complaint),
                new Page("complaint-history", "complaints-officer", "/complaints/history.xhtml?id=" + complaint),
                new Page("restrict-contact", "complaints-officer", "/residents/restrict-contact.xhtml?id=" + resident),
                new Page("review-a-restriction", "complaints-officer", "/residents/review-restriction.xhtml?id=" + resident
                        + "&restriction=" + restriction),
                new Page("feedback-register", "complaints-officer", "/complaints/feedback.xhtml"),
                new Page("identity-reviews", "adviser", "/identity/queue.xhtml"),
                new Page("identity-review", "adviser", "/identity/review.xhtml?id=" + review),
                new Page("reports", "senior-manager", "/reports/index.xhtml"),
                new Page("annual-report-inputs", "administrator", "/reports/annual-report-inputs.xhtml?section=6"),
                new Page("report-figures", "senior-manager", "/reports/figures.xhtml?report=quarterly-performance&period=" + quarter),
                new Page("figure-records", "complaints-officer", "/reports/figure-records.xhtml?report=quarterly-performance&period="
                        + quarter + "&table=Contacts%20by%20channel&row=All%20channels&column=" + quarterHeading),
                new Page("letter-templates", "administrator", "/complaints/letters.xhtml"),
                new Page("rejected-records", "administrator", "/admin/rejected-records.xhtml"),
                new Page("back-office-feeds", "administrator", "/admin/back-office-feeds.xhtml"),
                new Page("warehouse", "administrator", "/admin/warehouse.xhtml"),
                new Page("report-subscriptions", "administrator", "/admin/report-subscriptions.xhtml"),
                new Page("calendar", "administrator", "/admin/calendar.xhtml"),
                new Page("service-standards", "administrator", "/admin/standards.xhtml"),
                new Page("sign-ins", "administrator", "/admin/sign-ins.xhtml"),
                new Page("mail-sent", "administrator", "/admin/mail.xhtml"),
                new Page("not-for-your-role", "adviser", "/admin/calendar.xhtml"));

        Map<String, List<String>> found = new LinkedHashMap<>();
        String signedInAs = null;
        for (Page page : pages) {
            if (!page.role().equals(signedInAs)) {
                Browser.signIn(browser, page.role(), "/index.xhtml");
                signedInAs = page.role();
            }
            open(browser, page.path());
            Accessibility.screenshot(browser, page.name());
            List<String> violations = Accessibility.violations(browser);
            if (!violations.isEmpty()) {
                found.put(page.name() + " (" + page.path() + ")", violations);
            }
        }
        browser.manage().deleteAllCookies();
        open(browser, "/login.xhtml");
        Accessibility.screenshot(browser, "sign-in");
        List<String> signIn = Accessibility.violations(browser);
        if (!signIn.isEmpty()) {
            found.put("sign-in", signIn);
        }

        List<String> report = new ArrayList<>();
        found.forEach((page, violations) -> report.add(page + ":\n  " + String.join("\n  ", violations)));
        assertTrue(found.isEmpty(), "axe found WCAG 2.2 AA violations:\n" + String.join("\n", report));
    }

    /** An identity review to compare: one the demo or an earlier test raised, else a new one. */
    private static long openReview() {
        for (com.fasterxml.jackson.databind.JsonNode r : Council.json(Council.get("identity/reviews", "adviser"))) {
            if ("OPEN".equals(r.get("status").asText())) {
                return r.get("id").asLong();
            }
        }
        String surname = Council.uniqueSurname();
        Residents.register("Halina", surname, "1966-07-14", "SE16 3RW");
        return Council.json(Residents.register("Halina", surname, "1966-07-14", "SE5 8TR")).get("reviews").get(0).asLong();
    }

    private static void open(WebDriver browser, String path) {
        browser.get(Council.APP + path);
        Browser.waitFor(browser).until(d -> !d.findElements(By.id("main-content")).isEmpty()
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
