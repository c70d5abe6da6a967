package uk.gov.council.cs.reports.figures;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.Section;
import uk.gov.council.cs.reports.content.Trace;

/**
 * The records behind a figure: the cell is found in the report by its table, row and column as printed,
 * and its trace lists the warehouse records it counts (at most {@code max}, with how many there are).
 */
public final class FigureRecords {

    /** The most records listed at once; the count says how many there are in all. */
    public static final int MOST = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** A figure's records: what they are, the columns, the rows as text, how many in all, and the page that opens one. */
    public record Listed(String records, List<String> headings, List<List<String>> rows, long count, String page)
            implements Serializable {
        public boolean truncated() {
            return rows.size() < count;
        }
    }

    private final WarehouseReader warehouse;

    public FigureRecords(WarehouseReader warehouse) {
        this.warehouse = warehouse;
    }

    /** The figure printed at this table, row and column of the report, if there is one. */
    public static Optional<FigureTable.Cell> find(CommitteeReport report, String table, String row, String column) {
        for (Section section : report.sections()) {
            for (FigureTable t : section.tables()) {
                if (!t.caption().equals(table)) {
                    continue;
                }
                int c = t.headings().indexOf(column);
                if (c < 1) {
                    continue;
                }
                for (FigureTable.Row r : t.rows()) {
                    if (r.label().equals(row)) {
                        return Optional.of(r.cells().get(c - 1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** How many records the trace selects. */
    public long count(Trace trace) {
        return warehouse.one(RecordList.ofCode(trace.records()).counting(trace.condition()), trace.parameters().toArray()).value(0);
    }

    public Listed list(Trace trace, int max) {
        RecordList list = RecordList.ofCode(trace.records());
        Object[] parameters = trace.parameters().toArray();
        long count = count(trace);
        int limit = Math.max(1, Math.min(max, MOST));
        List<List<String>> rows = new ArrayList<>();
        for (WarehouseReader.Counted row : warehouse.rows(list.columns().size(), list.listing(trace.condition())
                + " FETCH FIRST " + limit + " ROWS ONLY", parameters)) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < list.columns().size(); i++) {
                String value = row.keys().get(i);
                cells.add(value == null ? "" : list.columns().get(i).dateKey() ? day(value) : value);
            }
            rows.add(cells);
        }
        return new Listed(list.title(), list.columns().stream().map(RecordList.Column::heading).toList(), rows, count, list.page());
    }

    /** The residents whose records {@link #list} lists for the trace, for the audit trail. */
    public List<Long> residents(Trace trace, int max) {
        RecordList list = RecordList.ofCode(trace.records());
        int limit = Math.max(1, Math.min(max, MOST));
        return warehouse.rows(1, list.residents(trace.condition()) + " FETCH FIRST " + limit + " ROWS ONLY", trace.parameters().toArray())
                .stream().map(r -> Long.valueOf(r.key())).distinct().toList();
    }

    private static String day(String dateKey) {
        int key = Integer.parseInt(dateKey.strip());
        return DAY.format(LocalDate.of(key / 10_000, key / 100 % 100, key % 100));
    }
}
