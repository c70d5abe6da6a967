package uk.gov.council.cs.services;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the Local Government Service List as published: CSV with the columns {@code Label,Identifier}
 * (any order, other columns ignored). Every row is either a service or a refused row with its
 * reason and its text, so that nothing in the file is silently dropped.
 */
public final class LgslFile {

    public record Row(int lgslId, String label) {
    }

    /** The header of a well-formed file; a refused row is kept under it, so it can be corrected and imported alone. */
    public static final String HEADER = "Label,Identifier";

    /** A row that could not be read, with the header, as a one-row file; and why. */
    public record RefusedRow(long lineNumber, String text, String reason) {
    }

    public record Contents(List<Row> rows, List<RefusedRow> refused) {
    }

    /** The whole file was unreadable (no header, wrong columns, not CSV). */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static final String LABEL = "Label";
    static final String IDENTIFIER = "Identifier";

    private LgslFile() {
    }

    public static Contents read(Reader csv) throws Unreadable {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreHeaderCase(true).get();
        List<Row> rows = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        Map<Integer, Long> firstLineOfId = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            if (!parser.getHeaderMap().containsKey(LABEL) || !parser.getHeaderMap().containsKey(IDENTIFIER)) {
                throw new Unreadable("The file's first line must name the columns Label and Identifier (it has: "
                        + String.join(", ", parser.getHeaderNames()) + ").");
            }
            for (CSVRecord record : parser) {
                long line = record.getParser().getCurrentLineNumber();
                String text = HEADER + "\n" + CSVFormat.DEFAULT.format((Object[]) record.values());
                if (!record.isSet(LABEL) || !record.isSet(IDENTIFIER)) {
                    refused.add(new RefusedRow(line, text, "Line " + line + " has fewer columns than the header."));
                    continue;
                }
                String label = record.get(LABEL);
                String identifier = record.get(IDENTIFIER);
                String problem = problemWith(label, identifier);
                if (problem != null) {
                    refused.add(new RefusedRow(line, text, "Line " + line + ": " + problem));
                    continue;
                }
                int id = Integer.parseInt(identifier);
                Long earlier = firstLineOfId.putIfAbsent(id, line);
                if (earlier != null) {
                    refused.add(new RefusedRow(line, text, "Line " + line + ": identifier " + id
                            + " was already given on line " + earlier + "."));
                    continue;
                }
                rows.add(new Row(id, label.replaceAll("\\s+", " ")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("The file is not CSV that can be read: " + e.getMessage());
        }
        return new Contents(rows, refused);
    }

    static String problemWith(String label, String identifier) {
        if (label.isEmpty()) {
            return "the Label is empty.";
        }
        if (label.length() > 200) {
            return "the Label is longer than 200 characters.";
        }
        if (identifier.isEmpty()) {
            return "the Identifier is empty.";
        }
        if (!identifier.matches("[0-9]{1,9}")) {
            return "the Identifier \"" + identifier + "\" is not a whole number.";
        }
        if (Integer.parseInt(identifier) == 0) {
            return "the Identifier 0 is not an LGSL service number.";
        }
        return null;
    }
}
