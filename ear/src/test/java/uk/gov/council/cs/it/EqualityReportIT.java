package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
            // Residents: 12 women, 3 men, 1 who preferred not to say, 7 never asked; each contacted the council once,
            // except the one who preferred not to say.
            List<String> sexes = new ArrayList<>();
            sexes.addAll(java.util.Collections.nCopies(12, "FEMALE"));
            sexes.addAll(java.util.Collections.nCopies(3, "MALE"));
            sexes.add("PREFER_NOT_TO_SAY");
            sexes.addAll(java.util.Collections.nCopies(7, "NOT_ASKED"));
            for (int i = 0; i < sexes.size(); i++) {
                fixture.resident(ID + i, sexes.get(i));
            }
            int phone = fixture.key("dim_channel", "TELEPHONE");
            int type = fixture.key("dim_contact_type", "TRANSACTION");
            int delay = fixture.key("dim_complaint_category", "DELAY");
            int stage1 = fixture.stage(1);
            for (int r = 0; r < sexes.size(); r++) {
                if (!sexes.get(r).equals("PREFER_NOT_TO_SAY")) {
                    fixture.insert("INSERT INTO warehouse.fact_contact (contact_id, resident_id, date_key, channel_key, contact_type_key,"
                            + " resolved_first_point, avoidable) VALUES (?, ?, 20150601, ?, ?, TRUE, FALSE)", ID + r, ID + r, phone, type);
                }
            }
            // New complaints: six women, two men and one never asked.
            long complaint = ID;
            for (long resident : List.of(ID, ID + 1, ID + 2, ID + 3, ID + 4, ID + 5, ID + 12, ID + 13, ID + 16)) {
                fixture.insert("INSERT INTO warehouse.fact_complaint_stage (complaint_id, stage, resident_id, complaint_stage_key,"
                        + " complaint_category_key, channel_key, received_date_key, extended_working_days, refused, remedies,"
                        + " financial_remedy, complaint_state) VALUES (?, 1, ?, ?, ?, ?, 20150701, 0, FALSE, 0, 0, 'RECEIVED')",
                        complaint++, resident, stage1, delay, phone);
            }

            fixture.countContactsAgain();
            ReportCsvFigures csv = new ReportCsvFigures(download("csv", "equality-officer").body());
            // Of those who answered: 15 people contacted us, 12 women and 3 men. Three men alone would be worked out
            // from the total less the women, so the women's count is hidden too ([c]); the zero stays.
            String table = "Sex: people who contacted us, service requests and complaints";
            csv.assertFigure(table, "Female", "People who contacted us", "[c]");
            csv.assertFigure(table, "Male", "People who contacted us", "1 to 4");
            csv.assertFigure(table, "Prefer not to say", "People who contacted us", "0");
            csv.assertFigure(table, "All", "People who contacted us", "15");
            csv.assertFigure(table, "Female", "Complaints", "[c]");
            csv.assertFigure(table, "Male", "Complaints", "1 to 4");
            csv.assertFigure(table, "All", "Complaints", "8");
            // A share of a hidden count is hidden too.
            csv.assertFigure(table, "Female", "% of people", "[c]");
            // Those never asked are counted once, in the first table: 22 people contacted us, 15 of them answered.
            csv.assertFigure("Response to the equality questions", "Residents who contacted the council in the year", "Number", "22");
            csv.assertFigure("Response to the equality questions", "of whom have answered the questions", "Number", "15");

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
