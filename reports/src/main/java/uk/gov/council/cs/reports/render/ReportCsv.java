package uk.gov.council.cs.reports.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.council.cs.reports.content.CommitteeReport;
import uk.gov.council.cs.reports.content.FigureTable;
import uk.gov.council.cs.reports.content.Section;

/**
 * Every figure of a report as CSV, one line per figure (section, table, row, column, as printed and as a
 * number), so that an analyst can filter and pivot it. A value a spreadsheet would run as a formula
 * is written with a leading apostrophe (OWASP's advice on CSV injection); plain numbers are left alone.
 */
public final class ReportCsv {

    static final String[] HEADER = {"report", "period", "section", "table", "row", "column", "figure", "value"};
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");

    private ReportCsv() {
    }

    public static byte[] of(CommitteeReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Section section : report.sections()) {
                for (FigureTable table : section.tables()) {
                    for (FigureTable.Row row : table.rows()) {
                        for (int i = 0; i < row.cells().size(); i++) {
                            FigureTable.Cell cell = row.cells().get(i);
                            csv.printRecord(safe(report.kind().title()), safe(report.periodCode()), safe(section.heading()),
                                    safe(table.caption()), safe(row.label()), safe(table.headings().get(i + 1)),
                                    safe(cell.text()), cell.value() == null ? "" : cell.value().toString());
                        }
                    }
                }
                for (Section.Statement statement : section.statements()) {
                    csv.printRecord(safe(report.kind().title()), safe(report.periodCode()), safe(section.heading()),
                            "Statement", safe(statement.subject()), "text", safe(statement.text()), "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A byte-order mark, so that Excel opens the file as UTF-8 ("–", "£").
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** The value as a spreadsheet will take it literally. */
    static String safe(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
