package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.content.Trace;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/** The steps of service requests that fell due in the period, per service: met, missed, not needed, still open. */
final class ServiceStandardFigures {

    private final WarehouseReader warehouse;

    ServiceStandardFigures(WarehouseReader warehouse) {
        this.warehouse = warehouse;
    }

    private static final String MET = "f.met";
    private static final String MISSED = "f.met = FALSE";
    private static final String NOT_NEEDED = "f.met IS NULL AND f.settled = 'NOT_NEEDED'";
    private static final String OPEN = "f.met IS NULL AND f.settled <> 'NOT_NEEDED'";

    /** The steps due in the period at a service (its name; null for all) in one state. */
    private static Trace trace(ReportPeriod period, String service, String state) {
        return service == null ? Traces.of(RecordList.SERVICE_REQUESTS, "due_date_key", period, state)
                : Traces.of(RecordList.SERVICE_REQUESTS, "due_date_key", period, "COALESCE(sv.name, 'No service recorded') = ? AND " + state, service);
    }

    FigureTable byService(ReportPeriod period) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (WarehouseReader.Counted row : warehouse.rows(1, "SELECT COALESCE(sv.name, 'No service recorded'),"
                + " SUM(CASE WHEN f.met THEN 1 ELSE 0 END), SUM(CASE WHEN f.met = FALSE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN f.met IS NULL AND f.settled = 'NOT_NEEDED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN f.met IS NULL AND f.settled <> 'NOT_NEEDED' THEN 1 ELSE 0 END)"
                + " FROM warehouse.fact_service_request_step f LEFT JOIN warehouse.dim_service sv ON sv.service_key = f.service_key"
                + " WHERE f.due_date_key BETWEEN ? AND ? GROUP BY COALESCE(sv.name, 'No service recorded') ORDER BY 1",
                WarehouseReader.days(period))) {
            counts.put(row.key(), new long[] {row.value(0), row.value(1), row.value(2), row.value(3)});
        }
        List<Row> rows = new ArrayList<>();
        long[] all = new long[4];
        counts.forEach((service, c) -> {
            rows.add(Row.of(service, Cell.count(c[0]).tracedTo(trace(period, service, MET)), Cell.count(c[1]).tracedTo(trace(period, service, MISSED)),
                    Cell.count(c[2]).tracedTo(trace(period, service, NOT_NEEDED)), Cell.count(c[3]).tracedTo(trace(period, service, OPEN)),
                    Tables.share(c[0], c[0] + c[1])));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        });
        rows.add(Row.totalOf("All services", Cell.count(all[0]).tracedTo(trace(period, null, MET)),
                Cell.count(all[1]).tracedTo(trace(period, null, MISSED)), Cell.count(all[2]).tracedTo(trace(period, null, NOT_NEEDED)),
                Cell.count(all[3]).tracedTo(trace(period, null, OPEN)), Tables.share(all[0], all[0] + all[1])));
        return new FigureTable("Service standards met and missed", Tables.headings("Service", "Met", "Missed", "Not needed",
                "Still open", "% met"), rows, "Steps of service requests (acknowledge, fulfil, close) due in the quarter."
                + " % met is of the steps met or missed.");
    }
}
