package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A committee report's CSV read back as its figures, by table, row and column, as printed. */
final class ReportCsvFigures {

    private final Map<String, String> figures = new HashMap<>();

    ReportCsvFigures(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            figures.put(key(r.get("table"), r.get("row"), r.get("column")), r.get("figure"));
        }
    }

    private static String key(String table, String row, String column) {
        return table + " | " + row + " | " + column;
    }

    void assertFigure(String table, String row, String column, String expected) {
        String key = key(table, row, column);
        assertEquals(expected, figures.get(key), () -> "CSV figure " + key + "; the table reads " + figures.entrySet().stream()
                .filter(e -> e.getKey().startsWith(table + " |")).sorted(Map.Entry.comparingByKey()).map(Map.Entry::toString).toList());
    }
}
