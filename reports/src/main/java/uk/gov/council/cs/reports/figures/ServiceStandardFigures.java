package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.FigureTable.Cell;
import uk.gov.council.cs.reports.content.FigureTable.Row;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/** The steps of service requests that fell due in the period, per service: met, missed, not needed, still open. */
final class ServiceStandardFigures {

    private final WarehouseReader warehouse;

    ServiceStandardFigures(WarehouseReader warehouse) {
        this.warehouse = warehouse;
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
            rows.add(Row.of(service, Cell.count(c[0]), Cell.count(c[1]), Cell.count(c[2]), Cell.count(c[3]), Tables.share(c[0], c[0] + c[1])));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        });
        rows.add(Row.totalOf("All services", Cell.count(all[0]), Cell.count(all[1]), Cell.count(all[2]), Cell.count(all[3]),
                Tables.share(all[0], all[0] + all[1])));
        return new FigureTable("Service standards met and missed", Tables.headings("Service", "Met", "Missed", "Not needed",
                "Still open", "% met"), rows, "Steps of service requests (acknowledge, fulfil, close) due in the quarter."
                + " % met is of the steps met or missed.");
    }
}
