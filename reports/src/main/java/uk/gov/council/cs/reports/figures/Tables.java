package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.gov.council.cs.reports.content.Chart;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Figures;
import uk.gov.council.cs.reports.content.Trace;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/** The shapes of table the reports repeat: a count per row and period, with a total row. */
final class Tables {

    private Tables() {
    }

    /**
     * Rows in the order given; a key with no count in a period is nil. {@code traced} gives the records behind
     * a row's count in a period (the row's key; null for the total row).
     */
    static FigureTable countsByPeriod(String caption, String rowHeading, List<ReportPeriod> periods,
                                      Map<String, String> rowLabels, Function<ReportPeriod, Map<String, Long>> counts,
                                      String totalLabel, String note, java.util.function.BiFunction<String, ReportPeriod, Trace> traced) {
        List<Map<String, Long>> perPeriod = periods.stream().map(counts).toList();
        List<String> headings = new ArrayList<>();
        headings.add(rowHeading);
        periods.forEach(p -> headings.add(Periods.heading(p)));
        List<Row> rows = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>(rowLabels);
        perPeriod.forEach(m -> m.keySet().forEach(k -> labels.putIfAbsent(k, k.isEmpty() ? "Not recorded" : k)));
        for (Map.Entry<String, String> row : labels.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                cells.add(Cell.count(perPeriod.get(i).getOrDefault(row.getKey(), 0L)).tracedTo(traced.apply(row.getKey(), periods.get(i))));
            }
            rows.add(new Row(row.getValue(), cells, false));
        }
        if (totalLabel != null) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                cells.add(Cell.count(sum(perPeriod.get(i))).tracedTo(traced.apply(null, periods.get(i))));
            }
            rows.add(new Row(totalLabel, cells, true));
        }
        return new FigureTable(caption, headings, rows, note);
    }

    /** The same counts as bars: one series per row, one category per period. */
    static Chart barsByPeriod(String title, String axis, List<ReportPeriod> periods, FigureTable table, String description) {
        List<Chart.Point> points = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.total()) {
                continue;
            }
            for (int i = 0; i < periods.size(); i++) {
                Number value = row.cells().get(i).value();
                points.add(new Chart.Point(row.label(), Periods.heading(periods.get(i)), value == null ? 0 : value));
            }
        }
        return new Chart(Chart.Kind.BAR, title, axis, points, description);
    }

    static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static Cell share(long part, long whole) {
        return Cell.percent(Figures.share(part, whole));
    }

    static List<String> headings(String first, String... rest) {
        List<String> headings = new ArrayList<>();
        headings.add(first);
        headings.addAll(List.of(rest));
        return headings;
    }

    static List<String> periodHeadings(String first, List<ReportPeriod> periods) {
        List<String> headings = new ArrayList<>();
        headings.add(first);
        periods.forEach(p -> headings.add(Periods.heading(p)));
        return headings;
    }
}
