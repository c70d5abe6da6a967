package uk.gov.council.cs.reports.render;

import java.util.ArrayList;
import java.util.List;
import uk.gov.council.cs.reports.content.Chart;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.MeasureDefinition;
import uk.gov.council.cs.reports.content.Section;

/**
 * One thing the report template draws in turn: a heading, a paragraph, a table, a chart or a
 * definition. The template has one detail band per kind, printed when the block is of that kind, so a
 * report of any length and shape is drawn by one template (getters are for the template's data source).
 */
public final class ReportBlock {

    public enum Kind { HEADING, PARAGRAPH, TABLE, BAR_CHART, STACKED_BAR_CHART, LINE_CHART, STATEMENT, DEFINITION }

    private final Kind kind;
    private String heading;
    private String introduction;
    private final String text;
    private final String detail;
    private final FigureTable table;
    private final Chart chart;

    private ReportBlock(Kind kind, String text, String detail, FigureTable table, Chart chart) {
        this.kind = kind;
        this.text = text;
        this.detail = detail;
        this.table = table;
        this.chart = chart;
    }

    /** The report, section by section, then the appendix of how each figure is counted. */
    public static List<ReportBlock> of(CommitteeReport report) {
        List<ReportBlock> blocks = new ArrayList<>();
        if (report.empty()) {
            blocks.add(new ReportBlock(Kind.PARAGRAPH, "The warehouse holds no records for this period, so every figure"
                    + " below is nil. The report is sent all the same, so that its readers know it ran.", null, null, null));
        }
        if (!report.summary().isEmpty()) {
            blocks.add(new ReportBlock(Kind.HEADING, "Summary", null, null, null));
            report.summary().forEach(s -> blocks.add(new ReportBlock(Kind.PARAGRAPH, "• " + s, null, null, null)));
        }
        int n = 1;
        for (Section section : report.sections()) {
            String heading = n++ + ". " + section.heading();
            String introduction = section.introduction() == null || section.introduction().isBlank() ? null : section.introduction();
            if (section.tables().isEmpty() && section.charts().isEmpty()) {
                blocks.add(new ReportBlock(Kind.HEADING, heading, null, null, null));
                if (introduction != null) {
                    blocks.add(new ReportBlock(Kind.PARAGRAPH, introduction, null, null, null));
                }
                statements(section, blocks);
                continue;
            }
            int first = blocks.size();
            for (Chart chart : section.charts()) {
                Kind kind = switch (chart.kind()) {
                    case BAR -> Kind.BAR_CHART;
                    case STACKED_BAR -> Kind.STACKED_BAR_CHART;
                    case LINE -> Kind.LINE_CHART;
                };
                blocks.add(new ReportBlock(kind, chart.title(), chart.description(), null, chart));
            }
            for (FigureTable table : section.tables()) {
                blocks.add(new ReportBlock(Kind.TABLE, table.caption(), table.note(), table, null));
            }
            // The section's heading is drawn with its first table or chart, so that it never ends a page alone.
            blocks.get(first).heading = heading;
            blocks.get(first).introduction = introduction;
            statements(section, blocks);
        }
        blocks.add(new ReportBlock(Kind.HEADING, "Appendix: how each figure is counted", null, null, null));
        for (MeasureDefinition d : report.definitions()) {
            blocks.add(new ReportBlock(Kind.DEFINITION, d.measure(), d.howCounted(), null, null));
        }
        return blocks;
    }

    private static void statements(Section section, List<ReportBlock> blocks) {
        for (Section.Statement statement : section.statements()) {
            blocks.add(new ReportBlock(Kind.STATEMENT, statement.subject(), statement.text(), null, null));
        }
    }

    public String getKind() {
        return kind.name();
    }

    /** The section's heading, on the section's first table or chart only. */
    public String getHeading() {
        return heading;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getText() {
        return text;
    }

    public String getDetail() {
        return detail;
    }

    /** The table's rows, each with its label and up to eight cells' words, for the table template. */
    public List<TableLine> getRows() {
        if (table == null) {
            return List.of();
        }
        List<TableLine> lines = new ArrayList<>();
        for (FigureTable.Row row : table.rows()) {
            lines.add(new TableLine(row.label(), row.cells().stream().map(ReportBlock::printed).toList(), row.total()));
        }
        return lines;
    }

    /** A count as printed "1,234" and a share as printed "45.7%", exactly. */
    static final String COUNT_PATTERN = "#,##0";
    static final String SHARE_PATTERN = "0.0%";

    /**
     * A cell as the table template prints it: a count or a share as its number (the template formats it with
     * {@link #COUNT_PATTERN} or {@link #SHARE_PATTERN}, so that a spreadsheet gets a number it can add up), when
     * that prints exactly the cell's words; anything else ("1 to 4", "[c]", "+33", "£2,325") as its words.
     */
    static Object printed(FigureTable.Cell cell) {
        if (cell.value() == null || cell.text() == null) {
            return cell.text();
        }
        java.text.DecimalFormatSymbols uk = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK);
        java.math.BigDecimal value = new java.math.BigDecimal(cell.value().toString());
        if (value.stripTrailingZeros().scale() <= 0 && cell.text().equals(new java.text.DecimalFormat(COUNT_PATTERN, uk).format(value))) {
            return value.longValueExact();
        }
        java.math.BigDecimal share = value.movePointLeft(2);
        if (cell.text().endsWith("%") && cell.text().equals(new java.text.DecimalFormat(SHARE_PATTERN, uk).format(share))) {
            return share;
        }
        return cell.text();
    }

    /** Column headings, the row labels' first. */
    public List<String> getHeadings() {
        return table == null ? List.of() : table.headings();
    }

    public List<Chart.Point> getPoints() {
        return chart == null ? List.of() : chart.points();
    }

    public String getValueAxis() {
        return chart == null ? null : chart.valueAxis();
    }

    /** A row of a table as the table template reads it. */
    public static final class TableLine {
        private final String label;
        private final List<Object> cells;
        private final boolean total;

        TableLine(String label, List<Object> cells, boolean total) {
            this.label = label;
            this.cells = cells;
            this.total = total;
        }

        public String getLabel() {
            return label;
        }

        public boolean isTotal() {
            return total;
        }

        public Boolean getTotal() {
            return total;
        }

        /** The n-th value cell, from 1 (a number, or words); none beyond the table's columns. */
        public Object cell(int n) {
            return n <= cells.size() ? cells.get(n - 1) : null;
        }

        public Object getC1() { return cell(1); }
        public Object getC2() { return cell(2); }
        public Object getC3() { return cell(3); }
        public Object getC4() { return cell(4); }
        public Object getC5() { return cell(5); }
        public Object getC6() { return cell(6); }
        public Object getC7() { return cell(7); }
        public Object getC8() { return cell(8); }
    }
}
