package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.backoffice.TenantRecord;
import uk.gov.council.cs.residents.Address;

class TenancyExtractTest {

    private static final String HEADER = String.join(",", TenancyExtract.COLUMNS) + "\n";
    private static final String AISHA = "TEN-004512,P-88120,secure,2019-04-01,,100021234567,Flat 2,Ashby House,Station Road,"
            + "Peckham,London,SE15 4QB,Aisha,Khan,1984-03-02,JK123456C,07700 900123,aisha.khan@example.org\n";

    private static List<TenancyExtract.Row> read(String csv) throws TenancyExtract.Unreadable {
        List<TenancyExtract.Row> rows = new ArrayList<>();
        TenancyExtract.read(new StringReader(csv), rows::add);
        return rows;
    }

    private static List<String> problems(String row) throws TenancyExtract.Unreadable {
        return read(HEADER + row).get(0).problems();
    }

    @Test
    void aRowBecomesTheTenantWithTheirTenancyAndProperty() throws Exception {
        List<TenancyExtract.Row> rows = read(HEADER + AISHA);
        assertEquals(1, rows.size());
        assertEquals(List.of(), rows.get(0).problems());
        assertEquals(2, rows.get(0).line());
        assertEquals(new TenantRecord("TEN-004512", "P-88120", "secure", LocalDate.of(2019, 4, 1), null,
                new Address("Flat 2", "Ashby House", "Station Road", "Peckham", "London", "SE15 4QB", 100021234567L),
                "Aisha", "Khan", LocalDate.of(1984, 3, 2), "JK123456C", "07700 900123", "aisha.khan@example.org"),
                rows.get(0).tenant());
    }

    @Test
    void columnsMayComeInAnyOrderAndInAnyCaseAndExtraOnesAreIgnored() throws Exception {
        String csv = "\uFEFFSURNAME,Forename,tenancy_reference,person_reference,tenancy_type,start_date,end_date,uprn,flat,house,"
                + "street,locality,town,postcode,date_of_birth,ni_number,phone,email,arrears_band\n"
                + "Okafor,Grace,TEN-1,P-1,Introductory,2025-11-03,,,,12,Rye Lane,,London,SE15 5BY,1990-07-14,,,,B\n";
        TenancyExtract.Row row = read(csv).get(0);
        assertEquals(List.of(), row.problems());
        assertEquals("Grace", row.tenant().forename());
        assertEquals("introductory", row.tenant().tenancyType());
        assertNull(row.tenant().niNumber());
        assertNull(row.tenant().property().uprn());
    }

    @Test
    void aMissingColumnMakesTheWholeFileUnreadableAndNamesTheColumn() {
        TenancyExtract.Unreadable e = assertThrows(TenancyExtract.Unreadable.class,
                () -> read("tenancy_reference,person_reference,forename\nTEN-1,P-1,Aisha\n"));
        assertTrue(e.getMessage().startsWith("The header row has no column tenancy_type, start_date, end_date, uprn,"),
                e.getMessage());
    }

    @Test
    void aFileSentWithoutItsHeaderRowIsUnreadableAndTheReasonQuotesNothingOfTheRow() {
        TenancyExtract.Unreadable e = assertThrows(TenancyExtract.Unreadable.class, () -> read(AISHA + AISHA));
        assertTrue(e.getMessage().startsWith("The header row cannot be read"), e.getMessage());
        assertTrue(!e.getMessage().contains("Aisha") && !e.getMessage().contains("1984"), e.getMessage());
    }

    @Test
    void anEmptyFileIsUnreadable() {
        TenancyExtract.Unreadable e = assertThrows(TenancyExtract.Unreadable.class, () -> read(""));
        assertTrue(e.getMessage().startsWith("The file is empty"), e.getMessage());
    }

    @Test
    void aColumnNamedTwiceMakesTheFileUnreadable() {
        TenancyExtract.Unreadable e = assertThrows(TenancyExtract.Unreadable.class,
                () -> read(HEADER.strip() + ",Surname\n" + AISHA));
        assertEquals("The header row names the column surname twice.", e.getMessage());
    }

    @Test
    void everyBadFieldOfARowIsNamedWithWhatItShouldBe() throws Exception {
        List<String> problems = problems("TEN 4512,,weekly,2019-13-01,2018-01-01,12,,,Station Road,,London,SE15,,Khan,"
                + "02/03/1984,QQ12,0770,aisha-at-example\n");
        assertEquals(List.of(
                "tenancy_reference \"TEN 4512\" is not a reference of 1 to 50 letters, digits and the signs . _ : - (starting with a letter or digit).",
                "person_reference is missing.",
                "tenancy_type \"weekly\" is not one of secure, introductory, flexible, demoted, temporary, licence, leasehold, shared-ownership.",
                "start_date \"2019-13-01\" is not a date in the form 2026-12-18.",
                "date_of_birth \"02/03/1984\" is not a date in the form 2026-12-18.",
                "house is missing: the property needs its number or name (and flat, if it is one)."),
                problems.subList(0, 6));
        assertTrue(problems.contains("Forename is missing."), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Postcode")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Phone number \"0770\"")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("E-mail address \"aisha-at-example\"")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("A National Insurance number is two letters")), problems::toString);
    }

    @Test
    void aTenancyCannotEndBeforeItStarts() throws Exception {
        assertEquals(List.of("end_date 2018-01-01 is before start_date 2019-04-01."),
                problems(AISHA.replace("2019-04-01,,", "2019-04-01,2018-01-01,")));
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsSaysSo() throws Exception {
        assertEquals(List.of("The row has 19 fields; the header has 18. A comma inside a value needs the value in double quotes."),
                problems(AISHA.replace("Station Road", "Station Road, Peckham")));
    }

    @Test
    void eachRowKeepsItselfWithTheHeaderSoItCanBeCorrectedAndReadAgain() throws Exception {
        TenancyExtract.Row bad = read(HEADER + AISHA + AISHA.replace("TEN-004512,P-88120", "TEN-9,")).get(1);
        assertEquals(3, bad.line());
        assertEquals(List.of("person_reference is missing."), bad.problems());
        List<TenancyExtract.Row> again = read(bad.csv().replace("TEN-9,", "TEN-9,P-9"));
        assertEquals(1, again.size());
        assertEquals(List.of(), again.get(0).problems());
        assertEquals("TEN-9:P-9", again.get(0).tenant().key());
    }

    @Test
    void quotedValuesMayHoldCommas() throws Exception {
        TenancyExtract.Row row = read(HEADER + AISHA.replace("Ashby House", "\"Ashby House, East Wing\"")).get(0);
        assertEquals(List.of(), row.problems());
        assertEquals("Ashby House, East Wing", row.tenant().property().paon());
    }
}
