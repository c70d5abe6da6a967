package uk.gov.council.cs.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.council.cs.residents.Address;
import uk.gov.council.cs.residents.ReferenceSystem;
import uk.gov.council.cs.residents.ResidentDetails;

/**
 * The demo housing system's weekly full tenancy extract, as the file it drops in the council's
 * folder: every demo tenant (matched to their record as they are), three tenants the council has
 * never met (registered from the file), and one row the housing system got wrong (no date of birth),
 * which waits under Rejected records. Deterministic for a seed.
 */
public final class DemoTenancyExtract {

    public static final String FILE_NAME = "tenancies-full-demo.csv";

    private static final List<String> COLUMNS = List.of("tenancy_reference", "person_reference", "tenancy_type", "start_date",
            "end_date", "uprn", "flat", "house", "street", "locality", "town", "postcode", "forename", "surname",
            "date_of_birth", "ni_number", "phone", "email");
    private static final String[] TYPES = {"secure", "secure", "secure", "secure", "introductory", "flexible", "temporary"};
    private static final String[][] NEWCOMERS = {
            {"Kwame", "Asante", "1988-06-14", "4", "Consort Road", "SE15 2PH", "07700 900431"},
            {"Lucy", "Brennan", "1995-01-30", "17", "Copeland Road", "SE15 3SP", ""},
            {"Tomasz", "Nowak", "1979-11-02", "9", "Bird in Bush Road", "SE15 6RN", "07700 900872"},
    };

    private final Random random;
    private final LocalDate today;

    public DemoTenancyExtract(long seed, LocalDate today) {
        this.random = new Random(seed ^ 0x7E4A11L);
        this.today = today;
    }

    public String csvFor(List<DemoBorough.DemoResident> borough) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(COLUMNS);
            int person = 1;
            for (DemoBorough.DemoResident r : borough) {
                String tenancy = r.references().get(ReferenceSystem.HOUSING_TENANCY);
                if (tenancy == null) {
                    continue;
                }
                ResidentDetails d = r.details();
                Address a = d.address();
                csv.printRecord(row(tenancy, person++, a.saon(), a.paon(), a.street(), a.locality(), a.town(), a.postcode(),
                        a.uprn(), d.forename(), d.surname(), d.dateOfBirth().toString(), first(d.phones()), first(d.emails())));
            }
            int n = 1;
            for (String[] p : NEWCOMERS) {
                csv.printRecord(row("TEN-D" + (9000 + n), person++, null, p[3], p[4], null, "London", p[5], null, p[0], p[1], p[2],
                        p[6], null));
                n++;
            }
            // The housing system's own mistake: a tenant added without a date of birth.
            csv.printRecord(row("TEN-D9100", person, null, "22", "Lyndhurst Way", null, "London", "SE15 5AR", null, "Precious",
                    "Adeyemi", "", "", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<String> row(String tenancy, int person, String flat, String house, String street, String locality, String town,
                             String postcode, Long uprn, String forename, String surname, String dateOfBirth, String phone,
                             String email) {
        LocalDate start = today.minusDays(200 + random.nextInt(15 * 365));
        List<String> row = new ArrayList<>(List.of(tenancy, "P-" + (10000 + person), TYPES[random.nextInt(TYPES.length)],
                start.toString(), ""));
        row.add(uprn == null ? "" : uprn.toString());
        for (String v : new String[] {flat, house == null && flat == null ? "1" : house, street, locality, town, postcode, forename,
                surname, dateOfBirth, "", phone, email}) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private static String first(java.util.Set<String> values) {
        return values.isEmpty() ? "" : values.stream().sorted().findFirst().get();
    }
}
