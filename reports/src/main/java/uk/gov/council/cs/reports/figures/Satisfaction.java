package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.content.Chart;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Figures;
import uk.gov.council.cs.reports.content.Trace;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * Satisfaction responses (GovMetric style: Good +1, Average 0, Poor -1) and the net score, good less
 * poor per hundred responses; either about the council's service or about how a complaint was handled.
 */
final class Satisfaction {

    /** Good, average and poor responses. */
    record Scores(long good, long average, long poor) {
        long responses() {
            return good + average + poor;
        }

        String net() {
            return Figures.netScore(good, poor, responses());
        }

        Long netValue() {
            return responses() == 0 ? null : Math.round(100.0 * (good - poor) / responses());
        }

        /** The row's cells; {@code traced} gives the records behind a count from its score's condition (null: every response). */
        List<Cell> cells(java.util.function.Function<String, Trace> traced) {
            return List.of(Cell.count(good).tracedTo(traced.apply("f.score > 0")), Cell.count(average).tracedTo(traced.apply("f.score = 0")),
                    Cell.count(poor).tracedTo(traced.apply("f.score < 0")), Cell.count(responses()).tracedTo(traced.apply(null)),
                    new Cell(net(), netValue()));
        }
    }

    private final WarehouseReader warehouse;
    private final boolean aboutComplaints;

    Satisfaction(WarehouseReader warehouse, boolean aboutComplaints) {
        this.warehouse = warehouse;
        this.aboutComplaints = aboutComplaints;
    }

    private String which() {
        return aboutComplaints ? " s.about_complaint_id IS NOT NULL" : " s.about_complaint_id IS NULL";
    }

    /** The responses of the period, of this kind, meeting the key's condition (if any) and the score's (if any). */
    private Trace trace(ReportPeriod period, String keyCondition, String key, String score) {
        String condition = "f.about_complaint_id IS " + (aboutComplaints ? "NOT NULL" : "NULL")
                + (keyCondition == null ? "" : " AND " + keyCondition) + (score == null ? "" : " AND " + score);
        return key == null ? Traces.of(RecordList.SATISFACTION, "date_key", period, condition)
                : Traces.of(RecordList.SATISFACTION, "date_key", period, condition, key);
    }

    Scores total(ReportPeriod period) {
        WarehouseReader.Counted row = warehouse.one("SELECT SUM(CASE WHEN s.score > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.score = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN s.score < 0 THEN 1 ELSE 0 END)"
                + " FROM warehouse.fact_satisfaction s WHERE" + which() + " AND s.date_key BETWEEN ? AND ?", WarehouseReader.days(period));
        return new Scores(row.value(0), row.value(1), row.value(2));
    }

    Map<String, Scores> byChannel(ReportPeriod period) {
        return by("ch.label", " JOIN warehouse.dim_channel ch ON ch.channel_key = s.channel_key", period);
    }

    Map<String, Scores> byService(ReportPeriod period) {
        return by("COALESCE(sv.name, 'No service recorded')",
                " LEFT JOIN warehouse.dim_service sv ON sv.service_key = s.service_key", period);
    }

    private Map<String, Scores> by(String key, String joins, ReportPeriod period) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT " + key + ", SUM(CASE WHEN s.score > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.score = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN s.score < 0 THEN 1 ELSE 0 END)"
                + " FROM warehouse.fact_satisfaction s" + joins + " WHERE" + which()
                + " AND s.date_key BETWEEN ? AND ? GROUP BY " + key + " ORDER BY " + key, WarehouseReader.days(period))) {
            counts.put(row.key(), new long[] {row.value(0), row.value(1), row.value(2)});
        }
        Map<String, Scores> scores = new LinkedHashMap<>();
        counts.forEach((k, v) -> scores.put(k, new Scores(v[0], v[1], v[2])));
        return scores;
    }

    FigureTable trendTable(String caption, List<ReportPeriod> periods) {
        List<List<Cell>> columns = periods.stream().map(p -> total(p).cells(score -> trace(p, null, null, score))).toList();
        List<String> labels = List.of("Good", "Average", "Poor", "Responses", "Net score");
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            int row = r;
            rows.add(new Row(labels.get(r), columns.stream().map(c -> c.get(row)).toList(), r >= 3));
        }
        return new FigureTable(caption, Tables.periodHeadings("Response", periods), rows, null);
    }

    Chart trendChart(String title, List<ReportPeriod> periods, String description) {
        List<Chart.Point> points = new ArrayList<>();
        for (ReportPeriod p : periods) {
            Scores s = total(p);
            points.add(new Chart.Point("Good", Periods.heading(p), s.good()));
            points.add(new Chart.Point("Average", Periods.heading(p), s.average()));
            points.add(new Chart.Point("Poor", Periods.heading(p), s.poor()));
        }
        return new Chart(Chart.Kind.STACKED_BAR, title, "Responses", points, description);
    }

    /** Scores per key (a channel, a service) in the period; {@code keyCondition} selects a key's responses ("ch.label = ?"). */
    FigureTable table(String caption, String rowHeading, Map<String, Scores> scores, ReportPeriod period, String keyCondition) {
        List<Row> rows = new ArrayList<>();
        scores.forEach((label, s) -> rows.add(new Row(label, s.cells(score -> trace(period, keyCondition, label, score)), false)));
        long good = scores.values().stream().mapToLong(Scores::good).sum();
        long average = scores.values().stream().mapToLong(Scores::average).sum();
        long poor = scores.values().stream().mapToLong(Scores::poor).sum();
        rows.add(new Row("All", new Scores(good, average, poor).cells(score -> trace(period, null, null, score)), true));
        return new FigureTable(caption, Tables.headings(rowHeading, "Good", "Average", "Poor", "Responses", "Net score"), rows, null);
    }
}
