package uk.gov.council.cs.equality;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a Census 2021 topic summary table in the layout of Nomis's bulk files: the columns
 * {@code date,geography,geography code}, then one per category of the table. Only the council's own
 * area is kept (the local authority files hold every area of England and Wales); a row for it that
 * cannot be read is refused with its reason and its text under the header, so that it can be
 * corrected and imported alone.
 */
public final class CensusFile {

    static final String DATE = "date";
    static final String GEOGRAPHY = "geography";
    static final String GEOGRAPHY_CODE = "geography code";
    /** A GSS area code: a letter for the nation, then eight digits (E09000028 is Southwark). */
    private static final Pattern AREA_CODE = Pattern.compile("[EWSN]\\d{8}");

    /** One category's count for the area. */
    public record Count(CensusTable.Column column, long residents) {
    }

    public record Area(String code, String name, List<Count> counts) {
    }

    public record RefusedRow(long lineNumber, String text, String reason) {
    }

    /** The council's area as the file counts it, or none when its row was refused. */
    public record Contents(CensusTable table, Area area, List<RefusedRow> refused, int otherAreas) {
    }

    /** The whole file cannot be read (not CSV, not a table we know, no row for the council's area). */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private CensusFile() {
    }

    /**
     * @param areaCode the council's GSS code ({@code council.census.geography-code}); when null the
     *                 file must hold one area only
     */
    public static Contents read(Reader csv, String areaCode) throws Unreadable {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            List<String> headers = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            for (String needed : List.of(DATE, GEOGRAPHY, GEOGRAPHY_CODE)) {
                if (!headers.contains(needed)) {
                    throw new Unreadable("The file's first line must name the columns date, geography and geography code,"
                            + " as ONS's bulk Census files do (it has: " + String.join(", ", first(headers)) + ").");
                }
            }
            List<String> categoryHeaders = headers.stream().filter(h -> !List.of(DATE, GEOGRAPHY, GEOGRAPHY_CODE).contains(h))
                    .toList();
            CensusTable table = CensusTable.of(categoryHeaders);
            if (table == null) {
                throw new Unreadable("The columns are not those of one Census 2021 table this product reads ("
                        + String.join(", ", java.util.Arrays.stream(CensusTable.values()).map(Enum::name).toList()) + ").");
            }
            List<CensusTable.Column> columns = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String h : categoryHeaders) {
                CensusTable.Column c = table.column(h);
                if (c == null) {
                    unknown.add(h);
                }
                columns.add(c);
            }
            if (!unknown.isEmpty()) {
                throw new Unreadable("These columns are not categories of " + table.name() + " (" + table.title() + "): "
                        + String.join("; ", unknown) + ".");
            }
            String headerLine = CSVFormat.DEFAULT.format(parser.getHeaderNames().toArray());
            int codeAt = headers.indexOf(GEOGRAPHY_CODE);
            List<CSVRecord> records = parser.getRecords();
            if (areaCode == null && records.size() > 1) {
                throw new Unreadable("The file holds " + records.size() + " areas: set council.census.geography-code to the"
                        + " council's, for example E09000028.");
            }
            List<RefusedRow> refused = new ArrayList<>();
            Area area = null;
            int others = 0;
            boolean councilRowSeen = false;
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                String text = headerLine + "\n" + CSVFormat.DEFAULT.format((Object[]) record.values());
                if (record.size() != headers.size()) {
                    if (areaCode == null || record.size() <= codeAt || areaCode.equalsIgnoreCase(record.get(codeAt))) {
                        refused.add(new RefusedRow(line, text, "Line " + line + " has " + record.size()
                                + " columns; the header has " + headers.size() + "."));
                        councilRowSeen = true;
                    } else {
                        others++;
                    }
                    continue;
                }
                String code = record.get(codeAt);
                if (areaCode != null && !areaCode.equalsIgnoreCase(code)) {
                    others++;
                    continue;
                }
                councilRowSeen = true;
                List<String> problems = new ArrayList<>();
                if (!AREA_CODE.matcher(code).matches()) {
                    problems.add("the geography code \"" + code + "\" is not a GSS area code like E09000028");
                }
                List<Count> counts = new ArrayList<>();
                for (int i = 0; i < categoryHeaders.size(); i++) {
                    String value = record.get(headers.indexOf(categoryHeaders.get(i)));
                    if (!value.matches("\\d{1,10}")) {
                        problems.add("\"" + categoryHeaders.get(i) + "\" is \"" + value + "\", not a count of people");
                    } else {
                        counts.add(new Count(columns.get(i), Long.parseLong(value)));
                    }
                }
                if (!problems.isEmpty()) {
                    refused.add(new RefusedRow(line, text, "Line " + line + ": " + String.join("; ", problems) + "."));
                } else if (area != null) {
                    refused.add(new RefusedRow(line, text, "Line " + line + ": area " + code + " was already given on an"
                            + " earlier line."));
                } else {
                    area = new Area(code, record.get(headers.indexOf(GEOGRAPHY)), counts);
                }
            }
            if (!councilRowSeen) {
                throw new Unreadable(areaCode == null ? "The file holds no area."
                        : "The file has no row for the council's area " + areaCode + " (council.census.geography-code); it has "
                        + others + " other " + (others == 1 ? "area." : "areas."));
            }
            return new Contents(table, area, refused, others);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("The file is not CSV that can be read: " + e.getMessage());
        }
    }

    private static List<String> first(List<String> headers) {
        return headers.size() <= 5 ? headers : headers.subList(0, 5);
    }
}
