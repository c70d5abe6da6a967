package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Figures;
import uk.gov.council.cs.reports.content.Trace;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/**
 * Contacts by the day they started: channel, type, first-point resolution, avoidable contact, answering times.
 * Counted from the warehouse's contacts per day and measure (the loads keep it from the contact facts; a quarter
 * at borough scale is a million facts); each count's records are listed from the facts themselves.
 */
final class ContactFigures {

    /** The period's contacts, those resolved at the first point of contact and those avoidable. */
    record Resolution(long contacts, long resolvedFirstPoint, long avoidable) {
    }

    private final WarehouseReader warehouse;

    ContactFigures(WarehouseReader warehouse) {
        this.warehouse = warehouse;
    }

    Map<String, Long> byChannel(ReportPeriod period) {
        return warehouse.countsBy("SELECT ch.label, SUM(f.contacts) FROM warehouse.agg_contact_day f JOIN warehouse.dim_channel ch"
                + " ON ch.channel_key = f.channel_key WHERE f.date_key BETWEEN ? AND ? GROUP BY ch.label", WarehouseReader.days(period));
    }

    /** The contacts of the period on a channel (its label), or on every channel (null). */
    static Trace channelTrace(String channel, ReportPeriod period) {
        return channel == null ? Traces.of(RecordList.CONTACTS, "date_key", period, null)
                : Traces.of(RecordList.CONTACTS, "date_key", period, "ch.label = ?", channel);
    }

    static Trace typeTrace(String type, ReportPeriod period) {
        return type == null ? Traces.of(RecordList.CONTACTS, "date_key", period, null)
                : Traces.of(RecordList.CONTACTS, "date_key", period, "ct.label = ?", type);
    }

    Map<String, String> channels() {
        Map<String, String> channels = new LinkedHashMap<>();
        warehouse.labels("dim_channel").values().forEach(label -> channels.put(label, label));
        return channels;
    }

    Map<String, Long> byType(ReportPeriod period) {
        return warehouse.countsBy("SELECT t.label, SUM(f.contacts) FROM warehouse.agg_contact_day f JOIN warehouse.dim_contact_type t"
                + " ON t.contact_type_key = f.contact_type_key WHERE f.date_key BETWEEN ? AND ? GROUP BY t.label ORDER BY t.label",
                WarehouseReader.days(period));
    }

    /** Each period's resolution, read once: the trend and the summary both need this quarter's and the last. */
    private final Map<ReportPeriod, Resolution> resolutions = new java.util.HashMap<>();

    Resolution resolution(ReportPeriod period) {
        return resolutions.computeIfAbsent(period, this::readResolution);
    }

    private Resolution readResolution(ReportPeriod period) {
        WarehouseReader.Counted row = warehouse.one("SELECT SUM(contacts), SUM(CASE WHEN resolved_first_point THEN contacts ELSE 0 END),"
                + " SUM(CASE WHEN avoidable THEN contacts ELSE 0 END) FROM warehouse.agg_contact_day WHERE date_key BETWEEN ? AND ?",
                WarehouseReader.days(period));
        return new Resolution(row.value(0), row.value(1), row.value(2));
    }

    FigureTable resolutionTrend(List<ReportPeriod> periods) {
        List<Resolution> r = periods.stream().map(this::resolution).toList();
        List<Cell> contacts = new ArrayList<>();
        List<Cell> resolved = new ArrayList<>();
        List<Cell> avoidable = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ReportPeriod p = periods.get(i);
            contacts.add(Cell.count(r.get(i).contacts()).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", p, null)));
            resolved.add(Cell.count(r.get(i).resolvedFirstPoint()).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", p, "f.resolved_first_point")));
            avoidable.add(Cell.count(r.get(i).avoidable()).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", p, "f.avoidable")));
        }
        List<Row> rows = List.of(
                new Row("Contacts", contacts, false),
                new Row("Resolved at the first point of contact", resolved, false),
                new Row("% resolved at the first point", r.stream().map(x -> Tables.share(x.resolvedFirstPoint(), x.contacts())).toList(), true),
                new Row("Avoidable contacts", avoidable, false),
                new Row("% avoidable", r.stream().map(x -> Tables.share(x.avoidable(), x.contacts())).toList(), true));
        return new FigureTable("First-point resolution and avoidable contact", Tables.periodHeadings("Measure", periods), rows, null);
    }

    FigureTable resolutionByChannel(ReportPeriod period) {
        List<Row> rows = new ArrayList<>();
        long[] all = new long[3];
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT ch.label, SUM(f.contacts), SUM(CASE WHEN f.resolved_first_point"
                + " THEN f.contacts ELSE 0 END), SUM(CASE WHEN f.avoidable THEN f.contacts ELSE 0 END) FROM warehouse.agg_contact_day f"
                + " JOIN warehouse.dim_channel ch"
                + " ON ch.channel_key = f.channel_key WHERE f.date_key BETWEEN ? AND ? GROUP BY ch.label ORDER BY ch.label",
                WarehouseReader.days(period))) {
            rows.add(Row.of(row.key(), Cell.count(row.value(0)).tracedTo(channelTrace(row.key(), period)),
                    Cell.count(row.value(1)).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", period, "ch.label = ? AND f.resolved_first_point", row.key())),
                    Tables.share(row.value(1), row.value(0)),
                    Cell.count(row.value(2)).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", period, "ch.label = ? AND f.avoidable", row.key())),
                    Tables.share(row.value(2), row.value(0))));
            all[0] += row.value(0);
            all[1] += row.value(1);
            all[2] += row.value(2);
        }
        rows.add(Row.totalOf("All channels", Cell.count(all[0]).tracedTo(channelTrace(null, period)),
                Cell.count(all[1]).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", period, "f.resolved_first_point")),
                Tables.share(all[1], all[0]),
                Cell.count(all[2]).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", period, "f.avoidable")), Tables.share(all[2], all[0])));
        return new FigureTable("First-point resolution and avoidable contact by channel", Tables.headings("Channel", "Contacts",
                "Resolved at first point", "% resolved", "Avoidable", "% avoidable"), rows, null);
    }

    FigureTable avoidableReasons(ReportPeriod period) {
        Map<String, Long> reasons = warehouse.countsBy("SELECT COALESCE(r.label, 'No reason recorded'), SUM(f.contacts)"
                + " FROM warehouse.agg_contact_day f LEFT JOIN warehouse.dim_avoidable_reason r ON r.avoidable_reason_key = f.avoidable_reason_key"
                + " WHERE f.avoidable AND f.date_key BETWEEN ? AND ? GROUP BY COALESCE(r.label, 'No reason recorded') ORDER BY 2 DESC, 1",
                WarehouseReader.days(period));
        long all = Tables.sum(reasons);
        List<Row> rows = new ArrayList<>();
        reasons.forEach((reason, n) -> rows.add(Row.of(reason, Cell.count(n).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", period,
                "f.avoidable AND COALESCE(ar.label, 'No reason recorded') = ?", reason)), Tables.share(n, all))));
        rows.add(Row.totalOf("All avoidable contacts", Cell.count(all).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", period,
                "f.avoidable")), Tables.share(all, all)));
        return new FigureTable("Avoidable contact and its reasons", Tables.headings("Reason", "Contacts", "% of avoidable"), rows,
                "Avoidable: a contact the resident should not have needed to make (NI 14), such as chasing progress.");
    }

    /** Calls and webchats with the wait their system reported, against the standard's target. */
    FigureTable answering(List<ReportPeriod> periods) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<long[]>> byChannel = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT ch.label, SUM(f.contacts),"
                    + " SUM(CASE WHEN f.answered_in_target THEN f.contacts ELSE 0 END) FROM warehouse.agg_contact_day f"
                    + " JOIN warehouse.dim_channel ch ON ch.channel_key = f.channel_key WHERE f.date_key BETWEEN ? AND ?"
                    + " AND f.wait_recorded GROUP BY ch.label ORDER BY ch.label", WarehouseReader.days(periods.get(i)))) {
                List<long[]> values = byChannel.computeIfAbsent(row.key(), k -> new ArrayList<>());
                while (values.size() < periods.size()) {
                    values.add(new long[2]);
                }
                values.get(i)[0] = row.value(0);
                values.get(i)[1] = row.value(1);
            }
        }
        byChannel.forEach((channel, values) -> {
            while (values.size() < periods.size()) {
                values.add(new long[2]);
            }
            List<Cell> answered = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                answered.add(Cell.count(values.get(i)[0]).tracedTo(Traces.of(RecordList.CONTACTS, "date_key", periods.get(i),
                        "ch.label = ? AND f.answer_target_seconds IS NOT NULL", channel)));
            }
            rows.add(new Row(channel + ": answered with the wait recorded", answered, false));
            rows.add(new Row(channel + ": % within target", values.stream().map(v -> Tables.share(v[1], v[0])).toList(), true));
        });
        if (rows.isEmpty()) {
            rows.add(new Row("No call or webchat had its wait recorded", periods.stream().map(p -> Cell.none()).toList(), false));
        }
        return new FigureTable("Calls and webchats answered within target", Tables.periodHeadings("Channel", periods), rows,
                "Target: the service standard for answering on that channel when the contact was logged.");
    }

    /** The telephony system's daily statistics per queue, when the feed supplies them; none otherwise. */
    FigureTable telephony(ReportPeriod period) {
        List<Row> rows = new ArrayList<>();
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT queue, SUM(calls_offered), SUM(calls_answered),"
                + " SUM(calls_abandoned), SUM(answered_in_target), SUM(total_wait_seconds) FROM warehouse.fact_telephony_daily"
                + " WHERE date_key BETWEEN ? AND ? GROUP BY queue ORDER BY queue", WarehouseReader.days(period))) {
            long offered = row.value(0);
            long answered = row.value(1);
            rows.add(Row.of(row.key(), Cell.count(offered), Cell.count(answered), Tables.share(row.value(2), offered),
                    Tables.share(row.value(3), answered), Cell.text(Figures.average(answered == 0 ? null : (double) row.value(4) / answered))));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new FigureTable("Telephony: calls offered, abandoned and average wait", Tables.headings("Queue", "Offered",
                "Answered", "% abandoned", "% in target", "Average wait (s)"), rows, "From the telephony system's daily statistics.");
    }
}
