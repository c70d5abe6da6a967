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
 * Complaints as the warehouse holds them, one row per complaint and stage: received (stage 1 is a new
 * complaint, a later stage an escalation), acknowledged and responded with their due dates, refused,
 * outcome and remedies. Each figure is counted by the day of the event it is about.
 */
final class ComplaintFigures {

    /** A stage's timeliness: responses in the period and how many in time; acknowledgements the same. */
    record Timeliness(long responded, long respondedInTime, long extended, long acknowledged, long acknowledgedInTime) {
    }

    private final WarehouseReader warehouse;

    ComplaintFigures(WarehouseReader warehouse) {
        this.warehouse = warehouse;
    }

    static String stage(String number) {
        return "Stage " + number;
    }

    /** Complaints received (stage 1) and escalated (later stages) in the period, by stage. */
    Map<String, Long> receivedByStage(ReportPeriod period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        warehouse.countsBy("SELECT CAST(f.stage AS VARCHAR(2)), COUNT(*) FROM warehouse.fact_complaint_stage f"
                + " WHERE f.received_date_key BETWEEN ? AND ? GROUP BY f.stage ORDER BY f.stage", WarehouseReader.days(period))
                .forEach((k, v) -> counts.put(stage(k), v));
        return counts;
    }

    /** The complaints and escalations received in the period at a stage ("Stage 2"), or at every stage (null). */
    static Trace receivedTrace(String stage, ReportPeriod period) {
        return stage == null ? Traces.of(RecordList.COMPLAINT_STAGES, "received_date_key", period, null)
                : Traces.of(RecordList.COMPLAINT_STAGES, "received_date_key", period, "f.stage = ?", stageNumber(stage));
    }

    static int stageNumber(String stage) {
        return Integer.parseInt(stage.substring("Stage ".length()).strip());
    }

    /** Every stage the warehouse knows of, for tables that show a stage even in a period without one. */
    Map<String, String> stages() {
        Map<String, String> stages = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(1,
                "SELECT DISTINCT CAST(stage AS VARCHAR(2)) FROM warehouse.dim_complaint_stage ORDER BY 1")) {
            stages.put(stage(row.key()), stage(row.key()));
        }
        if (stages.isEmpty()) {
            stages.put(stage("1"), stage("1"));
        }
        return stages;
    }

    /** Rows of the first key (a category or a service) by stage, for the period's complaints and escalations. */
    FigureTable byStage(String caption, String rowHeading, String keyExpression, String joins, ReportPeriod period, String note) {
        List<String> stageLabels = new ArrayList<>(stages().keySet());
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(2, "SELECT " + keyExpression + ", CAST(f.stage AS VARCHAR(2)), COUNT(*)"
                + " FROM warehouse.fact_complaint_stage f" + joins + " WHERE f.received_date_key BETWEEN ? AND ?"
                + " GROUP BY " + keyExpression + ", f.stage ORDER BY 1, 2", WarehouseReader.days(period))) {
            int column = stageLabels.indexOf(stage(row.keys().get(1)));
            rows.computeIfAbsent(row.keys().get(0), k -> new long[stageLabels.size()])[column] += row.value(0);
        }
        List<String> headings = new ArrayList<>();
        headings.add(rowHeading);
        headings.addAll(stageLabels);
        headings.add("All stages");
        List<Row> table = new ArrayList<>();
        long[] totals = new long[stageLabels.size()];
        rows.forEach((label, counts) -> {
            List<Cell> cells = new ArrayList<>();
            long all = 0;
            for (int i = 0; i < counts.length; i++) {
                cells.add(Cell.count(counts[i]).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES, "received_date_key", period,
                        keyExpression + " = ? AND f.stage = ?", label, stageNumber(stageLabels.get(i)))));
                all += counts[i];
                totals[i] += counts[i];
            }
            cells.add(Cell.count(all).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES, "received_date_key", period,
                    keyExpression + " = ?", label)));
            table.add(new Row(label, cells, false));
        });
        List<Cell> totalCells = new ArrayList<>();
        long all = 0;
        for (int i = 0; i < totals.length; i++) {
            totalCells.add(Cell.count(totals[i]).tracedTo(receivedTrace(stageLabels.get(i), period)));
            all += totals[i];
        }
        totalCells.add(Cell.count(all).tracedTo(receivedTrace(null, period)));
        table.add(new Row("All", totalCells, true));
        return new FigureTable(caption, headings, table, note);
    }

    FigureTable byCategory(ReportPeriod period) {
        return byStage("Complaints by category and stage", "Category", "COALESCE(cc.label, 'Not categorised')",
                " LEFT JOIN warehouse.dim_complaint_category cc ON cc.complaint_category_key = f.complaint_category_key",
                period, null);
    }

    FigureTable byService(ReportPeriod period) {
        return byStage("Complaints by service and stage", "Service", "COALESCE(sv.name, 'No service recorded')",
                " LEFT JOIN warehouse.dim_service sv ON sv.service_key = f.service_key", period, null);
    }

    /** Per stage: responses given in the period and in time, extended, acknowledgements and in time. */
    Map<String, Timeliness> timeliness(ReportPeriod period) {
        Object[] days = WarehouseReader.days(period);
        Map<String, long[]> byStage = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT CAST(stage AS VARCHAR(2)), COUNT(*),"
                + " SUM(CASE WHEN responded_in_time THEN 1 ELSE 0 END), SUM(CASE WHEN extended_working_days > 0 THEN 1 ELSE 0 END)"
                + " FROM warehouse.fact_complaint_stage WHERE responded_date_key BETWEEN ? AND ? GROUP BY stage ORDER BY stage", days)) {
            long[] t = byStage.computeIfAbsent(stage(row.key()), k -> new long[5]);
            t[0] = row.value(0);
            t[1] = row.value(1);
            t[2] = row.value(2);
        }
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT CAST(stage AS VARCHAR(2)), COUNT(*),"
                + " SUM(CASE WHEN acknowledged_in_time THEN 1 ELSE 0 END) FROM warehouse.fact_complaint_stage"
                + " WHERE acknowledged_date_key BETWEEN ? AND ? GROUP BY stage ORDER BY stage", days)) {
            long[] t = byStage.computeIfAbsent(stage(row.key()), k -> new long[5]);
            t[3] = row.value(0);
            t[4] = row.value(1);
        }
        Map<String, Timeliness> result = new LinkedHashMap<>();
        byStage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> result.put(e.getKey(),
                new Timeliness(e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])));
        return result;
    }

    FigureTable timelinessTable(String caption, ReportPeriod period) {
        List<Row> rows = new ArrayList<>();
        long[] all = new long[5];
        timeliness(period).forEach((stage, t) -> {
            rows.add(new Row(stage, timelinessCells(t, period, stage), false));
            all[0] += t.responded();
            all[1] += t.respondedInTime();
            all[2] += t.extended();
            all[3] += t.acknowledged();
            all[4] += t.acknowledgedInTime();
        });
        rows.add(new Row("All stages", timelinessCells(new Timeliness(all[0], all[1], all[2], all[3], all[4]), period, null), true));
        return new FigureTable(caption, Tables.headings("Stage", "Acknowledged", "Acknowledged in time", "% acknowledged in time",
                "Answered", "Answered in time", "% answered in time", "Extended"), rows,
                "In time: by the due date of the Code (or of the extension agreed with the complainant). Answered: a response, or a"
                        + " refusal with its reasons (refusals have no outcome).");
    }

    private static List<Cell> timelinessCells(Timeliness t, ReportPeriod period, String stage) {
        String atStage = stage == null ? "" : " AND f.stage = " + stageNumber(stage);
        return List.of(
                Cell.count(t.acknowledged()).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES, "acknowledged_date_key", period, "1 = 1" + atStage)),
                Cell.count(t.acknowledgedInTime()).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES, "acknowledged_date_key", period,
                        "f.acknowledged_in_time" + atStage)),
                Tables.share(t.acknowledgedInTime(), t.acknowledged()),
                Cell.count(t.responded()).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES, "responded_date_key", period, "1 = 1" + atStage)),
                Cell.count(t.respondedInTime()).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES, "responded_date_key", period,
                        "f.responded_in_time" + atStage)),
                Tables.share(t.respondedInTime(), t.responded()),
                Cell.count(t.extended()).tracedTo(Traces.of(RecordList.COMPLAINT_STAGES, "responded_date_key", period,
                        "f.extended_working_days > 0" + atStage)));
    }

    /** The share of responses in time, per stage and period: a row per stage, a column per period. */
    FigureTable timelinessTrend(String caption, List<ReportPeriod> periods) {
        List<Map<String, Timeliness>> perPeriod = periods.stream().map(this::timeliness).toList();
        List<Row> rows = new ArrayList<>();
        for (String stage : stages().keySet()) {
            rows.add(new Row(stage + ": responded in time", perPeriod.stream().map(m -> {
                Timeliness t = m.get(stage);
                return t == null ? Cell.none() : Tables.share(t.respondedInTime(), t.responded());
            }).toList(), false));
        }
        boolean dash = rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.value() == null));
        return new FigureTable(caption, Tables.periodHeadings("Measure", periods), rows,
                dash ? "A dash: no response was sent at that stage in the period." : null);
    }

    Chart timelinessChart(List<ReportPeriod> periods, FigureTable trend) {
        List<Chart.Point> points = new ArrayList<>();
        StringBuilder words = new StringBuilder("Line chart of the share of complaint responses sent in time, by stage: ");
        for (Row row : trend.rows()) {
            String series = row.label().replace(": responded in time", "");
            words.append(series).append(' ');
            for (int i = 0; i < periods.size(); i++) {
                Number v = row.cells().get(i).value();
                if (v != null) {
                    points.add(new Chart.Point(series, Periods.heading(periods.get(i)), v));
                }
                words.append(Periods.heading(periods.get(i))).append(' ').append(row.cells().get(i).text())
                        .append(i + 1 < periods.size() ? ", " : "; ");
            }
        }
        return new Chart(Chart.Kind.LINE, "Responses in time, % by stage", "% in time", points, words.toString().trim());
    }

    /** Outcomes of the responses given in the period, by stage. */
    FigureTable outcomes(ReportPeriod period) {
        Map<String, String> outcomes = warehouse.labels("dim_outcome");
        List<String> stageLabels = new ArrayList<>(stages().keySet());
        Map<String, long[]> counts = new LinkedHashMap<>();
        outcomes.values().forEach(label -> counts.put(label, new long[stageLabels.size()]));
        for (WarehouseReader.Counted row : warehouse.rows(2, "SELECT o.label, CAST(f.stage AS VARCHAR(2)), COUNT(*)"
                + " FROM warehouse.fact_complaint_stage f JOIN warehouse.dim_outcome o ON o.outcome_key = f.outcome_key"
                + " WHERE f.responded_date_key BETWEEN ? AND ? GROUP BY o.label, f.stage", WarehouseReader.days(period))) {
            counts.computeIfAbsent(row.keys().get(0), k -> new long[stageLabels.size()])[stageLabels.indexOf(stage(row.keys().get(1)))]
                    += row.value(0);
        }
        return matrix("Outcomes of the responses given, by stage", "Outcome", stageLabels, counts, null, (outcome, stage) ->
                Traces.of(RecordList.COMPLAINT_STAGES, "responded_date_key", period, "f.outcome_key IS NOT NULL"
                        + (outcome == null ? "" : " AND o.label = ?") + (stage == null ? "" : " AND f.stage = " + stageNumber(stage)),
                        outcome == null ? new Object[0] : new Object[] {outcome}));
    }

    /** Complaints refused in the period (by the day received), by the reason given. */
    FigureTable refusals(ReportPeriod period) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT COALESCE(r.label, 'No reason recorded'), COUNT(*)"
                + " FROM warehouse.fact_complaint_stage f LEFT JOIN warehouse.dim_refusal_reason r"
                + " ON r.refusal_reason_key = f.refusal_reason_key WHERE f.refused AND f.received_date_key BETWEEN ? AND ?"
                + " GROUP BY COALESCE(r.label, 'No reason recorded') ORDER BY 1", WarehouseReader.days(period))) {
            counts.put(row.key(), new long[] {row.value(0)});
        }
        return matrix("Complaints refused, and why", "Reason for refusal", List.of("Complaints"), counts,
                "Refused: not taken into the procedure, with the exclusion of the Code the council relied on.", (reason, column) ->
                Traces.of(RecordList.COMPLAINT_STAGES, "received_date_key", period, "f.refused" + (reason == null ? ""
                        : " AND COALESCE(rr.label, 'No reason recorded') = ?"), reason == null ? new Object[0] : new Object[] {reason}));
    }

    /**
     * Counts by row and column, with a total column (when there are several) and a total row. {@code traced}
     * gives the records behind a cell from its row and column labels (null for "all"); none if it is null.
     */
    static FigureTable matrix(String caption, String rowHeading, List<String> columns, Map<String, long[]> counts, String note,
                              java.util.function.BiFunction<String, String, Trace> traced) {
        java.util.function.BiFunction<String, String, Trace> trace = traced == null ? (r, c) -> null : traced;
        List<String> headings = new ArrayList<>();
        headings.add(rowHeading);
        headings.addAll(columns);
        boolean withTotal = columns.size() > 1;
        if (withTotal) {
            headings.add("All");
        }
        List<Row> rows = new ArrayList<>();
        long[] totals = new long[columns.size()];
        counts.forEach((label, values) -> {
            List<Cell> cells = new ArrayList<>();
            long all = 0;
            for (int i = 0; i < columns.size(); i++) {
                cells.add(Cell.count(values[i]).tracedTo(trace.apply(label, withTotal ? columns.get(i) : null)));
                totals[i] += values[i];
                all += values[i];
            }
            if (withTotal) {
                cells.add(Cell.count(all).tracedTo(trace.apply(label, null)));
            }
            rows.add(new Row(label, cells, false));
        });
        List<Cell> totalCells = new ArrayList<>();
        long all = 0;
        for (int i = 0; i < totals.length; i++) {
            totalCells.add(Cell.count(totals[i]).tracedTo(trace.apply(null, withTotal ? columns.get(i) : null)));
            all += totals[i];
        }
        if (withTotal) {
            totalCells.add(Cell.count(all).tracedTo(trace.apply(null, null)));
        }
        rows.add(new Row("All", totalCells, true));
        return new FigureTable(caption, headings, rows, note);
    }

    /** Remedies given with the responses of the period: how many, and the money paid or credited. */
    WarehouseReader.Counted remedies(ReportPeriod period) {
        return warehouse.one("SELECT COALESCE(SUM(remedies), 0), COALESCE(SUM(financial_remedy), 0),"
                + " SUM(CASE WHEN remedies > 0 THEN 1 ELSE 0 END) FROM warehouse.fact_complaint_stage"
                + " WHERE responded_date_key BETWEEN ? AND ?", WarehouseReader.days(period));
    }

    /** Learning actions: completed with evidence in the period, reported done awaiting evidence, open past their due date. */
    FigureTable learning(ReportPeriod period) {
        Object[] days = WarehouseReader.days(period);
        Object last = days[1];
        WarehouseReader.Counted row = warehouse.one("SELECT"
                + " SUM(CASE WHEN completed_with_evidence AND completed_date_key BETWEEN ? AND ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN completed_with_evidence AND completed_date_key BETWEEN ? AND ? AND completed_in_time THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN reported_done_date_key <= ? AND (completed_date_key IS NULL OR completed_date_key > ?) THEN 1 ELSE 0 END),"
                // Open at the period's end: not reported done by then (a later report does not change a past period's figure).
                + " SUM(CASE WHEN due_date_key <= ? AND (reported_done_date_key IS NULL OR reported_done_date_key > ?) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN due_date_key BETWEEN ? AND ? THEN 1 ELSE 0 END)"
                + " FROM warehouse.fact_learning_action", days[0], days[1], days[0], days[1], last, last, last, last, days[0], days[1]);
        long completed = row.values().isEmpty() ? 0 : row.value(0);
        List<Row> rows = List.of(
                Row.of("Due in the period", Cell.count(row.values().isEmpty() ? 0 : row.value(4))
                        .tracedTo(Traces.of(RecordList.LEARNING_ACTIONS, "due_date_key", period, null))),
                Row.of("Completed with evidence in the period", Cell.count(completed)
                        .tracedTo(Traces.of(RecordList.LEARNING_ACTIONS, "completed_date_key", period, "f.completed_with_evidence"))),
                Row.of("of which by their due date", Cell.count(row.values().isEmpty() ? 0 : row.value(1))
                        .tracedTo(Traces.of(RecordList.LEARNING_ACTIONS, "completed_date_key", period,
                                "f.completed_with_evidence AND f.completed_in_time"))),
                Row.of("Reported done, awaiting evidence, at the period's end", Cell.count(row.values().isEmpty() ? 0 : row.value(2))
                        .tracedTo(new Trace(RecordList.LEARNING_ACTIONS.code(), "f.reported_done_date_key <= ? AND (f.completed_date_key"
                                + " IS NULL OR f.completed_date_key > ?)", List.of(last, last), false))),
                Row.of("Past their due date and not reported done at the period's end", Cell.count(row.values().isEmpty() ? 0 : row.value(3))
                        .tracedTo(new Trace(RecordList.LEARNING_ACTIONS.code(), "f.due_date_key <= ? AND (f.reported_done_date_key IS NULL"
                                + " OR f.reported_done_date_key > ?)", List.of(last, last), false))));
        return new FigureTable("Service improvements from complaints: actions", Tables.headings("Actions", "Number"), rows,
                "An action counts as completed only when someone other than its owner has confirmed it with evidence.");
    }

    static String percentText(long part, long whole) {
        Double share = Figures.share(part, whole);
        return share == null ? "none" : Figures.percent(share);
    }
}
