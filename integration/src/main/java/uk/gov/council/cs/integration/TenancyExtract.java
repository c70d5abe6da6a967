package uk.gov.council.cs.integration;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import uk.gov.council.cs.backoffice.TenantRecord;
import uk.gov.council.cs.residents.Address;
import uk.gov.council.cs.residents.ResidentDetails;

/**
 * The housing system's tenancy extract: a CSV file with a header row, one row per tenant of each
 * tenancy (a joint tenancy has two rows with the same tenancy_reference). The same layout serves
 * the weekly full extract and the daily delta; the columns may come in any order, and columns the
 * council does not read are ignored, so the housing system can add some without breaking us.
 *
 * <pre>
 * tenancy_reference,person_reference,tenancy_type,start_date,end_date,uprn,flat,house,street,locality,town,postcode,
 * forename,surname,date_of_birth,ni_number,phone,email
 * TEN-004512,P-88120,secure,2019-04-01,,100021234567,Flat 2,Ashby House,Station Road,Peckham,London,SE15 4QB,
 * Aisha,Khan,1984-03-02,QQ123456C,07700 900123,aisha.khan@example.org
 * </pre>
 */
final class TenancyExtract {

    static final List<String> COLUMNS = List.of("tenancy_reference", "person_reference", "tenancy_type", "start_date",
            "end_date", "uprn", "flat", "house", "street", "locality", "town", "postcode", "forename", "surname",
            "date_of_birth", "ni_number", "phone", "email");

    /** The tenancies a council's housing system lets or manages. */
    enum TenancyType implements EventFields.Worded {
        SECURE, INTRODUCTORY, FLEXIBLE, DEMOTED, TEMPORARY, LICENCE, LEASEHOLD, SHARED_OWNERSHIP
    }

    /** A file that cannot be read as the extract at all; it is set aside whole with this reason. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    /**
     * One row: its line in the file, the row on its own as a two-line CSV (header and row, what a rejected record
     * keeps and a replay reads), and either the tenant or every problem with it.
     */
    record Row(long line, String csv, TenantRecord tenant, List<String> problems) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private TenancyExtract() {
    }

    /**
     * Checks the header, then hands each row to {@code each} in turn (streamed: a file of any size is read in
     * little memory). Throws before the first row if the file is not the extract.
     */
    static void read(Reader in, Consumer<Row> each) throws Unreadable {
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (header.isEmpty()) {
                throw new Unreadable("The file is empty: the extract starts with a header row naming its columns ("
                        + String.join(",", COLUMNS) + ").");
            }
            if (!missing.isEmpty()) {
                throw new Unreadable("The header row has no column " + String.join(", ", missing) + ". The extract's columns are "
                        + String.join(",", COLUMNS) + " (in any order).");
            }
            Map<String, Integer> at = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (at.putIfAbsent(header.get(i), i) != null && COLUMNS.contains(header.get(i))) {
                    throw new Unreadable("The header row names the column " + header.get(i) + " twice.");
                }
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (rows.hasNext()) {
                CSVRecord record = rows.next();
                each.accept(row(record, parser.getCurrentLineNumber(), at, header.size()));
            }
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with a blank column name; its message quotes the whole row, which in a
            // file sent without its header row is a tenant's details: none of it goes into the reason.
            throw new Unreadable("The header row cannot be read: it has a column without a name (is the header row missing?)."
                    + " The extract's columns are " + String.join(",", COLUMNS) + ".");
        } catch (UncheckedIOException | IOException e) {
            // An unclosed quote: the rows before it have been applied, the rest cannot be told apart.
            throw new Unreadable("The file cannot be read as CSV after the last row applied (a value with an opening double"
                    + " quote and no closing one?). Correct the file and drop it again: the rows already applied count as"
                    + " duplicates.");
        }
    }

    private static Row row(CSVRecord record, long line, Map<String, Integer> at, int width) {
        Map<String, String> v = new TreeMap<>();
        at.forEach((column, i) -> v.put(column, i < record.size() ? record.get(i) : null));
        String csv = asCsv(v);
        if (record.size() != width) {
            return new Row(line, csv, null, List.of("The row has " + record.size() + " fields; the header has " + width
                    + ". A comma inside a value needs the value in double quotes."));
        }
        EventFields f = new EventFields();
        String tenancy = f.key("tenancy_reference", v.get("tenancy_reference"), 50, true);
        String person = f.key("person_reference", v.get("person_reference"), 50, true);
        TenancyType type = f.oneOf("tenancy_type", v.get("tenancy_type"), TenancyType.class, true);
        var start = f.date("start_date", v.get("start_date"), true);
        var end = f.date("end_date", v.get("end_date"), false);
        if (start != null && end != null && end.isBefore(start)) {
            f.problem("end_date " + end + " is before start_date " + start + ".");
        }
        Long uprn = f.uprn("uprn", v.get("uprn"), false);
        var dob = f.date("date_of_birth", v.get("date_of_birth"), true);
        Address property = new Address(blank(v.get("flat")), blank(v.get("house")), blank(v.get("street")),
                blank(v.get("locality")), blank(v.get("town")), blank(v.get("postcode")), uprn);
        if (property.paon() == null && property.saon() == null) {
            f.problem("house is missing: the property needs its number or name (and flat, if it is one).");
        }
        String ni = blank(v.get("ni_number"));
        String phone = blank(v.get("phone"));
        String email = blank(v.get("email"));
        // The same rules as a registration and a change of details at the desk; a missing date of birth was named above.
        new ResidentDetails(v.get("forename"), null, v.get("surname"), dob, property, ni,
                phone == null ? Set.of() : Set.of(phone), email == null ? Set.of() : Set.of(email), null, false, null, null)
                .problems().stream()
                .filter(p -> !p.equals("Date of birth is missing."))
                .forEach(f::problem);
        if (!f.ok()) {
            return new Row(line, csv, null, f.problems());
        }
        return new Row(line, csv, new TenantRecord(tenancy, person, type.word().replace('-', ' '), start, end, property,
                v.get("forename").strip(), v.get("surname").strip(), dob, ni, phone, email), List.of());
    }

    /** The row on its own, with the extract's header, so that it can be corrected and read again as it came. */
    private static String asCsv(Map<String, String> values) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(COLUMNS);
            List<String> row = new ArrayList<>();
            for (String column : COLUMNS) {
                row.add(values.get(column));
            }
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
