package uk.gov.council.cs.reports.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.content.Chart;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Figures;
import uk.gov.council.cs.reports.content.MeasureDefinition;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.content.Section;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * The quarterly performance report to Overview and Scrutiny (DOMAIN.md, report 3): a financial quarter
 * with the four before it as a trend. Every figure comes from the warehouse.
 */
public final class QuarterlyPerformance {

    private final WarehouseReader warehouse;
    private final String councilName;

    public QuarterlyPerformance(WarehouseReader warehouse, String councilName) {
        this.warehouse = warehouse;
        this.councilName = councilName;
    }

    public CommitteeReport build(ReportPeriod quarter, LocalDate today) {
        if (quarter.kind() != ReportPeriod.Kind.QUARTER) {
            throw new IllegalArgumentException("The quarterly performance report is for a financial quarter, such as 2026-27-Q2; "
                    + quarter.label() + " is not one.");
        }
        List<ReportPeriod> trend = quarter.trend(4);
        Satisfaction service = new Satisfaction(warehouse, false);
        Satisfaction complaintHandling = new Satisfaction(warehouse, true);
        ComplaintFigures complaints = new ComplaintFigures(warehouse);
        ContactFigures contacts = new ContactFigures(warehouse);

        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Customer satisfaction", "Residents rate the service they received as good, average or poor;"
                + " the net score is good less poor per hundred responses.",
                List.of(service.trendTable("Satisfaction, five quarters", trend),
                        service.table("Satisfaction by channel, this quarter", "Channel", service.byChannel(quarter), quarter, "ch.label = ?"),
                        service.table("Satisfaction by service, this quarter", "Service", service.byService(quarter), quarter,
                                "COALESCE(sv.name, 'No service recorded') = ?"),
                        complaints.learning(quarter)),
                List.of(service.trendChart("Satisfaction responses, five quarters", trend, describe("Satisfaction responses", trend,
                        service.trendTable("", trend))))));

        FigureTable byStage = Tables.countsByPeriod("Complaints received, by stage", "Stage", trend, complaints.stages(),
                complaints::receivedByStage, "All stages", "Stage 1: new complaints; later stages: complaints escalated.", ComplaintFigures::receivedTrace);
        sections.add(new Section("Complaints", null, List.of(byStage, complaints.byCategory(quarter)),
                List.of(Tables.barsByPeriod("Complaints received by stage, five quarters", "Complaints", trend, byStage,
                        describe("Complaints received", trend, byStage)))));

        FigureTable timelinessTrend = complaints.timelinessTrend("Responses in time, five quarters", trend);
        sections.add(new Section("Performance against the response deadlines", "The Complaint Handling Code's timescales:"
                + " acknowledge within 5 working days, respond within 10 at stage 1 and 20 at stage 2, or by an agreed extension.",
                List.of(complaints.timelinessTable("Acknowledged and responded in the quarter", quarter), timelinessTrend),
                List.of(complaints.timelinessChart(trend, timelinessTrend))));

        sections.add(new Section("Satisfaction with complaint handling", "How complainants rated the way their complaint was"
                + " handled, whatever its outcome.", List.of(complaintHandling.trendTable("Satisfaction with complaint handling,"
                + " five quarters", trend)), List.of()));

        FigureTable byChannel = Tables.countsByPeriod("Contacts by channel", "Channel", trend, contacts.channels(),
                contacts::byChannel, "All channels", null, ContactFigures::channelTrace);
        sections.add(new Section("Contacts", null, List.of(byChannel, typeTable(contacts.byType(quarter), quarter)),
                List.of(Tables.barsByPeriod("Contacts by channel, five quarters", "Contacts", trend, byChannel,
                        describe("Contacts", trend, byChannel)))));

        sections.add(new Section("First-point resolution and avoidable contact", null, List.of(contacts.resolutionTrend(trend),
                contacts.resolutionByChannel(quarter), contacts.avoidableReasons(quarter)), List.of()));

        List<FigureTable> answering = new ArrayList<>();
        answering.add(contacts.answering(trend));
        FigureTable telephony = contacts.telephony(quarter);
        if (telephony != null) {
            answering.add(telephony);
        }
        sections.add(new Section("Calls and webchats answered within target", telephony == null ? "The telephony system's"
                + " daily statistics (calls offered, abandoned, average wait) were not received for this quarter." : null,
                answering, List.of()));

        sections.add(new Section("Service standards", null, List.of(new ServiceStandardFigures(warehouse).byService(quarter)), List.of()));

        ContactFigures.Resolution now = contacts.resolution(quarter);
        ContactFigures.Resolution before = contacts.resolution(quarter.previous());
        long received = complaints.receivedByStage(quarter).getOrDefault(ComplaintFigures.stage("1"), 0L);
        Map<String, ComplaintFigures.Timeliness> timeliness = complaints.timeliness(quarter);
        ComplaintFigures.Timeliness stage1 = timeliness.get(ComplaintFigures.stage("1"));
        Satisfaction.Scores scores = service.total(quarter);
        List<String> summary = new ArrayList<>();
        WarehouseReader.inProgress(quarter, today).ifPresent(summary::add);
        summary.add(Figures.count(now.contacts()) + " contacts" + change(now.contacts(), before.contacts()) + "; "
                + ComplaintFigures.percentText(now.resolvedFirstPoint(), now.contacts()) + " resolved at the first point of contact"
                + " and " + ComplaintFigures.percentText(now.avoidable(), now.contacts()) + " avoidable.");
        summary.add(Figures.count(received) + " new complaints; " + (stage1 == null ? "no stage 1 responses were due"
                : ComplaintFigures.percentText(stage1.respondedInTime(), stage1.responded()) + " of stage 1 responses sent in time") + ".");
        summary.add("Customer satisfaction: net score " + scores.net() + " from " + Figures.count(scores.responses()) + " responses.");

        boolean empty = now.contacts() == 0 && received == 0 && scores.responses() == 0;
        return new CommitteeReport(ReportKind.QUARTERLY_PERFORMANCE, councilName, quarter.label(), quarter.code(), today,
                summary, sections, definitions(), empty);
    }

    private static FigureTable typeTable(Map<String, Long> byType, ReportPeriod quarter) {
        long all = Tables.sum(byType);
        List<Row> rows = new ArrayList<>();
        byType.forEach((type, n) -> rows.add(Row.of(type, Cell.count(n).tracedTo(ContactFigures.typeTrace(type, quarter)), Tables.share(n, all))));
        rows.add(Row.totalOf("All contacts", Cell.count(all).tracedTo(ContactFigures.typeTrace(null, quarter)), Tables.share(all, all)));
        return new FigureTable("Contacts by type, this quarter", Tables.headings("Type", "Contacts", "%"), rows, null);
    }

    private static String change(long now, long before) {
        if (before == 0) {
            return "";
        }
        double change = (double) (now - before) / before;
        return " (" + (change >= 0 ? "up " : "down ") + Figures.percent(Math.abs(change)) + " on the quarter before)";
    }

    /** Words for a chart's alternative text: each series' values across the periods. */
    static String describe(String what, List<ReportPeriod> periods, FigureTable table) {
        StringBuilder words = new StringBuilder("Chart of " + what.toLowerCase(java.util.Locale.UK) + " by quarter, "
                + Periods.heading(periods.get(0)) + " to " + Periods.heading(periods.get(periods.size() - 1)) + ". ");
        for (Row row : table.rows()) {
            words.append(row.label()).append(": ");
            words.append(String.join(", ", row.cells().stream().map(Cell::text).toList())).append(". ");
        }
        return words.toString().trim();
    }

    static List<MeasureDefinition> definitions() {
        return definitions("quarter");
    }

    /** The measures, counted over a {@code period} ("quarter", or "year" for the annual report that shares them). */
    static List<MeasureDefinition> definitions(String period) {
        return List.of(
                new MeasureDefinition("Satisfaction response", "A resident's rating of a service (good +1, average 0, poor -1),"
                        + " counted by the day it was given; responses about a complaint's handling are counted apart."),
                new MeasureDefinition("Net score", "Good responses less poor responses, per hundred responses, rounded."),
                new MeasureDefinition("Complaints received", "Stage 1: complaints received in the " + period + ", by the day received"
                        + " (not the day logged). Later stages: escalations requested in the " + period + ". Refused complaints are included."),
                new MeasureDefinition("Acknowledged / responded in time", "Acknowledgements and responses sent in the " + period + ","
                        + " and of those the ones sent by their due date in working days under the council's procedure, as extended."),
                new MeasureDefinition("Extended", "Responses sent in the " + period + " whose deadline had been extended."),
                new MeasureDefinition("Service improvement actions", "Actions agreed from complaints' learning. Completed: confirmed"
                        + " with evidence by someone other than the owner, in the " + period + ". Past due: due by the " + period + "'s end, not"
                        + " reported done."),
                new MeasureDefinition("Contacts", "Every contact logged, by the day it started, by channel and type."),
                new MeasureDefinition("First-point resolution", "Contacts resolved without passing to anyone else, as a share of all contacts."),
                new MeasureDefinition("Avoidable contact", "Contacts the adviser recorded as avoidable (NI 14), with the reason."),
                new MeasureDefinition("Answered within target", "Calls and webchats whose wait was recorded, answered within the"
                        + " service standard's target for the channel when the contact was logged; those without a wait are left out."),
                new MeasureDefinition("Service standards", "Steps of service requests due in the quarter: met (done by the due"
                        + " date), missed (done late, or not done and past due), not needed (the request was closed first), still open."));
    }
}
