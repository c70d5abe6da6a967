package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The equality report for a year whose every record the test wrote (2015-16): counts by sex as counted
 * by hand, small counts shown as "1 to 4", a further count hidden so that the small one cannot be
 * worked out from the total, in the PDF and the CSV alike; only the roles that own it may run it.
 */
class EqualityReportIT extends DeployedCouncil {

    private static final long ID = WarehouseFixture.FIRST_ID;

    @Test
    void countsBySexAreSuppressedBeforeTheyArePublished() throws Exception {
        Warehouse.loadChanges();
        try (WarehouseFixture fixture = new WarehouseFixture()) {
            // Residents: 4 women, 2 men, 1 who preferred not to say, 3 never asked.
            String[] sexes = {"FEMALE", "FEMALE", "FEMALE", "FEMALE", "MALE", "MALE", "PREFER_NOT_TO_SAY", "NOT_ASKED", "NOT_ASKED", "NOT_ASKED"};
            for (int i = 0; i < sexes.length; i++) {
                fixture.resident(ID + i, sexes[i]);
            }
            int phone = fixture.key("dim_channel", "TELEPHONE");
            int type = fixture.key("dim_contact_type", "TRANSACTION");
            int delay = fixture.key("dim_complaint_category", "DELAY");
            int stage1 = fixture.stage(1);
            // Contacts: women 12 (3 each), men 3, prefer not to say 0, not asked 7.
            int[] contactsOf = {3, 3, 3, 3, 2, 1, 0, 3, 2, 2};
            long contact = ID;
            for (int r = 0; r < contactsOf.length; r++) {
                for (int n = 0; n < contactsOf[r]; n++) {
                    fixture.insert("INSERT INTO warehouse.fact_contact (contact_id, resident_id, date_key, channel_key, contact_type_key,"
                            + " resolved_first_point, avoidable) VALUES (?, ?, 20150601, ?, ?, TRUE, FALSE)", contact++, ID + r, phone, type);
                }
            }
            // New complaints: women 6, men 2, prefer not to say 0, not asked 1.
            int[] complaintsOf = {2, 2, 1, 1, 1, 1, 0, 1, 0, 0};
            long complaint = ID;
            for (int r = 0; r < complaintsOf.length; r++) {
                for (int n = 0; n < complaintsOf[r]; n++) {
                    fixture.insert("INSERT INTO warehouse.fact_complaint_stage (complaint_id, stage, resident_id, complaint_stage_key,"
                            + " complaint_category_key, channel_key, received_date_key, extended_working_days, refused, remedies,"
                            + " financial_remedy, complaint_state) VALUES (?, 1, ?, ?, ?, ?, 20150701, 0, FALSE, 0, 0, 'RECEIVED')",
                            complaint++, ID + r, stage1, delay, phone);
                }
            }

            ReportCsvFigures csv = new ReportCsvFigures(download("csv", "equality-officer").body());
            String table = "Sex: contacts, service requests and complaints";
            csv.assertFigure(table, "Female", "Contacts", "12");
            csv.assertFigure(table, "Male", "Contacts", "1 to 4");
            csv.assertFigure(table, "Prefer not to say", "Contacts", "0");
            // Three men's contacts alone would be worked out from the total (22 less 12 and 7): another count is hidden.
            csv.assertFigure(table, "Not asked", "Contacts", "[c]");
            csv.assertFigure(table, "All", "Contacts", "22");
            csv.assertFigure(table, "Female", "Complaints", "6");
            csv.assertFigure(table, "Male", "Complaints", "1 to 4");
            csv.assertFigure(table, "Not asked", "Complaints", "1 to 4");
            csv.assertFigure(table, "All", "Complaints", "9");
            // A share of contacts would give the hidden count away, so none is published.
            csv.assertFigure(table, "Female", "% of contacts", "–");

            String pdf;
            try (PDDocument document = Loader.loadPDF(download("pdf", "senior-manager").body())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                pdf = stripper.getText(document).replaceAll("[ \\t]+", " ");
            }
            assertTrue(pdf.contains("Counts from 1 to 4 are shown as \"1 to 4\""), pdf);
            assertTrue(pdf.lines().anyMatch(l -> l.strip().startsWith("Male") && l.contains("1 to 4")), pdf);

            assertEquals(403, download("pdf", "adviser").statusCode());
            assertEquals(403, download("pdf", "complaints-officer").statusCode());
        }
    }

    private static HttpResponse<byte[]> download(String format, String who) throws Exception {
        HttpResponse<byte[]> r = Council.client().send(Council.api("reports/equality?period=2015-16&format=" + format, who).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (who.equals("equality-officer") || who.equals("senior-manager")) {
            assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        }
        return r;
    }


}
