package uk.gov.council.cs.reports.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.reports.content.Chart;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.MeasureDefinition;
import uk.gov.council.cs.reports.content.ReportKind;
import uk.gov.council.cs.reports.content.Section;

/** A small report of every kind of block, to draw without a database. */
final class SampleReports {

    private SampleReports() {
    }

    static CommitteeReport quarterly() {
        String[] quarters = {"Q2 2025-26", "Q3 2025-26", "Q4 2025-26", "Q1 2026-27", "Q2 2026-27"};
        List<Chart.Point> points = new ArrayList<>();
        String[] channels = {"Telephone", "Web", "E-mail"};
        for (int q = 0; q < quarters.length; q++) {
            for (int c = 0; c < channels.length; c++) {
                points.add(new Chart.Point(channels[c], quarters[q], 100 + q * 10 + c * 40));
            }
        }
        FigureTable contacts = new FigureTable("Contacts by channel", List.of("Channel", quarters[0], quarters[1], quarters[2],
                quarters[3], quarters[4]), List.of(
                Row.of("Telephone", Cell.count(100), Cell.count(110), Cell.count(120), Cell.count(130), Cell.count(1140)),
                Row.of("=HYPERLINK(\"x\")", Cell.count(140), Cell.count(150), Cell.count(160), Cell.count(170), Cell.count(180)),
                Row.totalOf("All channels", Cell.count(240), Cell.count(260), Cell.count(280), Cell.count(300), Cell.count(1320))),
                "Contacts logged by advisers and received from the web.");
        FigureTable satisfaction = new FigureTable("Satisfaction", List.of("Channel", "Good", "Average", "Poor", "Net score"),
                List.of(Row.of("Telephone", Cell.count(30), Cell.count(10), Cell.count(5), Cell.text("+56")),
                        Row.of("Web", Cell.text("1 to 4"), Cell.text("[c]"), Cell.count(0), Cell.text("[c]"))), null);
        return new CommitteeReport(ReportKind.QUARTERLY_PERFORMANCE, "Demo Borough Council", "Q2 2026-27 (July to September 2026)",
                "2026-27-Q2", LocalDate.of(2026, 10, 14), List.of("Contacts rose by 10% on the quarter before."),
                List.of(new Section("Contacts", "How residents reached us.", List.of(contacts),
                                List.of(new Chart(Chart.Kind.BAR, "Contacts by channel, five quarters", "Contacts", points,
                                        "Bar chart: telephone contacts rose from 100 to 140 over five quarters."))),
                        new Section("Customer satisfaction", null, List.of(satisfaction),
                                List.of(new Chart(Chart.Kind.LINE, "Net score by quarter", "Net score", points, "Line chart.")))),
                List.of(new MeasureDefinition("Contacts", "Every contact logged in the quarter, by the day it started.")), false);
    }
}
