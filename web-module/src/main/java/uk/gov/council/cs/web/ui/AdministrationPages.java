package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The administrators' pages in the order of their sub navigation; the mail page only where mail is caught. */
@Named
@RequestScoped
public class AdministrationPages {

    public record Page(String outcome, String label) {
    }

    @Inject
    private MailSentView mail;

    public List<Page> getPages() {
        List<Page> pages = new ArrayList<>(List.of(
                new Page("/admin/rejected-records", "Rejected records"),
                new Page("/admin/back-office-feeds", "Back-office feeds"),
                new Page("/admin/warehouse", "Warehouse"),
                new Page("/admin/report-subscriptions", "Report subscriptions"),
                new Page("/admin/calendar", "Calendar"),
                new Page("/admin/standards", "Service standards"),
                new Page("/admin/sign-ins", "Sign-ins")));
        if (mail.isRunning()) {
            pages.add(new Page("/admin/mail", "Mail sent"));
        }
        return pages;
    }
}
