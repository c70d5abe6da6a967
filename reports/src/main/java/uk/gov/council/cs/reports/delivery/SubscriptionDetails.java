package uk.gov.council.cs.reports.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.gov.council.cs.reports.ReportFormat;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.schedule.DeliverySchedule;
import uk.gov.council.cs.reports.schedule.RelativePeriod;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * What an administrator asks for: a report, its period (relative, such as the last full quarter, or a
 * fixed one), the schedule, the formats and the recipients. {@link #problems} says everything wrong at once.
 */
public record SubscriptionDetails(String report, String period, String schedule, List<String> formats, List<String> recipients) {

    public SubscriptionDetails {
        formats = formats == null ? List.of() : List.copyOf(formats);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Every reason these details cannot be kept, each starting with the field it is about. */
    public List<String> problems(Set<String> externalDomains) {
        List<String> problems = new ArrayList<>();
        ReportKind kind = null;
        try {
            kind = ReportKind.ofCode(report == null ? "" : report.strip());
        } catch (IllegalArgumentException e) {
            problems.add("report: " + e.getMessage());
        }
        try {
            RelativePeriod relative = RelativePeriod.parse(period == null ? "" : period.strip());
            if (kind != null) {
                boolean yearly = relative.isFixed() ? ReportPeriod.parse(period.strip()).kind() == ReportPeriod.Kind.YEAR
                        : relative.equals(RelativePeriod.LAST_FULL_YEAR);
                if (yearly != kind.yearly()) {
                    problems.add("period: the " + kind.title().toLowerCase(java.util.Locale.UK) + " is for a financial "
                            + (kind.yearly() ? "year: last-full-year or a year such as 2025-26" : "quarter: last-full-quarter or a quarter such as 2026-27-Q2") + ".");
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add("period: " + e.getMessage());
        }
        try {
            DeliverySchedule.parse(schedule == null ? "" : schedule);
        } catch (IllegalArgumentException e) {
            problems.add("schedule: " + e.getMessage());
        }
        if (formats.isEmpty()) {
            problems.add("formats: choose at least one of pdf, csv, xlsx.");
        }
        for (String format : formats) {
            try {
                ReportFormat.of(format);
            } catch (IllegalArgumentException e) {
                problems.add("formats: " + e.getMessage());
            }
        }
        if (recipients.isEmpty()) {
            problems.add("recipients: name at least one: role:senior-manager, staff:a-username or an allowed e-mail address.");
        }
        for (String r : recipients) {
            try {
                Recipient.parse(r, externalDomains);
            } catch (IllegalArgumentException e) {
                problems.add("recipients: " + e.getMessage());
            }
        }
        return problems;
    }

    /** The formats, each once, in the order asked. */
    public Set<ReportFormat> reportFormats() {
        Set<ReportFormat> set = new LinkedHashSet<>();
        formats.forEach(f -> set.add(ReportFormat.of(f)));
        return set;
    }
}
