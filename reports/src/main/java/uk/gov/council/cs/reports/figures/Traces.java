package uk.gov.council.cs.reports.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.gov.council.cs.reports.content.Trace;
import uk.gov.council.cs.reports.schedule.ReportPeriod;

/** Traces as the figure classes make them: the records a count counts, over a date column within a period. */
final class Traces {

    private Traces() {
    }

    /** Records of the list whose {@code dateColumn} falls in the period and which meet the further conditions. */
    static Trace of(RecordList list, String dateColumn, ReportPeriod period, String condition, Object... parameters) {
        Object[] days = WarehouseReader.days(period);
        List<Object> all = new ArrayList<>(List.of(days[0], days[1]));
        all.addAll(Arrays.asList(parameters));
        String where = "f." + dateColumn + " BETWEEN ? AND ?" + (condition == null || condition.isBlank() ? "" : " AND " + condition);
        return new Trace(list.code(), where, all, false);
    }

    /** The same, selecting by an equality answer: only the equality officer may list it. */
    static Trace specialCategory(RecordList list, String dateColumn, ReportPeriod period, String condition, Object... parameters) {
        Trace t = of(list, dateColumn, period, condition, parameters);
        return new Trace(t.records(), t.condition(), t.parameters(), true);
    }
}
