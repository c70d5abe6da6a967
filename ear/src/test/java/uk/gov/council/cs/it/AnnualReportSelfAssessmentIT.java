package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * An administrator records the council's self-assessment against the Code and the Ombudsman's averages for a
 * year; each change is a new version; the annual complaints report prints the latest; the complaints team and
 * senior managers may read them, only administrators change them.
 */
class AnnualReportSelfAssessmentIT extends DeployedCouncil {

    private static final String YEAR = "2015-16";

    private static HttpResponse<String> put(String path, String username, String json) {
        return Council.send(Council.api("annual-complaints-report/" + YEAR + "/" + path, username).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void theLatestVersionIsPrintedAndEveryVersionKept() throws Exception {
        int before = Council.json(Council.get("annual-complaints-report/" + YEAR + "/self-assessment/sections/6/versions", "administrator")).size();
        HttpResponse<String> first = put("self-assessment/sections/6", "administrator", "{\"compliance\":\"PARTLY\","
                + "\"explanation\":\"Stage 2 replies were late in the first half of the year.\",\"evidence\":\"Quarterly reports\"}");
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = put("self-assessment/sections/6", "administrator", "{\"compliance\":\"COMPLIES\","
                + "\"explanation\":\"Every stage 2 reply met the Code's timescales after January.\",\"evidence\":\"Audit committee minutes, March\"}");
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(before + 2, Council.json(second).get("versions").asInt(), second.body());

        JsonNode versions = Council.json(Council.get("annual-complaints-report/" + YEAR + "/self-assessment/sections/6/versions", "complaints-officer"));
        assertEquals(before + 2, versions.size(), versions.toString());
        assertEquals("COMPLIES", versions.get(0).get("compliance").asText());
        assertEquals("PARTLY", versions.get(1).get("compliance").asText());
        assertEquals("administrator", versions.get(0).get("recordedBy").asText());

        HttpResponse<String> averages = put("ombudsman-averages", "administrator", "{\"authorityType\":\"Metropolitan boroughs\","
                + "\"upheldRate\":80,\"upheldPer100k\":4.6,\"complianceRate\":99.6,\"source\":\"Annual review letter, 20 July 2016\"}");
        assertEquals(200, averages.statusCode(), averages.body());

        ReportCsvFigures csv = new ReportCsvFigures(download("csv"));
        csv.assertFigure("The council's findings, section by section", "Complies", "Sections", "1");
        csv.assertFigure("The council's findings, section by section", "Partly complies", "Sections", "0");
        csv.assertFigure("Local Government and Social Care Ombudsman: the year in the form of its annual review letter",
                "Upheld rate (of investigations)", "Metropolitan boroughs", "80%");
        csv.assertFigure("Local Government and Social Care Ombudsman: the year in the form of its annual review letter",
                "Upheld decisions per 100,000 residents", "Metropolitan boroughs", "4.6");
        csv.assertFigure("Local Government and Social Care Ombudsman: the year in the form of its annual review letter",
                "Satisfactory remedy provided by the council first (of upheld)", "Metropolitan boroughs", "not given");
        String lines = new String(download("csv"), StandardCharsets.UTF_8);
        assertTrue(lines.contains("Statement,Section 6: Complaint stages,text,\"Complies. Every stage 2 reply met the Code's timescales"
                + " after January.\nEvidence: Audit committee minutes, March\""), "the statement in:\n" + lines);

        String pdf = pdfText(download("pdf"));
        assertTrue(pdf.contains("Section 6: Complaint stages"), pdf);
        assertTrue(pdf.contains("Every stage 2 reply met the Code's timescales after January."), pdf);
        assertTrue(pdf.contains("Not yet assessed."), pdf);
        assertTrue(pdf.contains("Annual review letter, 20 July 2016"), pdf);
    }

    @Test
    void onlyAdministratorsChangeItAndTheOwnersOfTheReportReadIt() {
        String answer = "{\"compliance\":\"COMPLIES\",\"explanation\":\"x\",\"evidence\":\"y\"}";
        assertEquals(403, put("self-assessment/sections/2", "complaints-officer", answer).statusCode());
        assertEquals(403, put("ombudsman-averages", "senior-manager", "{}").statusCode());
        assertEquals(403, Council.get("annual-complaints-report/" + YEAR + "/self-assessment", "head-of-service").statusCode());
        assertEquals(403, Council.get("annual-complaints-report/" + YEAR + "/self-assessment", "equality-officer").statusCode());
        assertEquals(200, Council.get("annual-complaints-report/" + YEAR + "/self-assessment", "senior-manager").statusCode());
        assertEquals(200, Council.get("annual-complaints-report/" + YEAR + "/self-assessment", "complaints-officer").statusCode());
    }

    @Test
    void anIncompleteAnswerIsRefusedWithEveryReasonAndNothingKept() {
        int before = Council.json(Council.get("annual-complaints-report/" + YEAR + "/self-assessment/sections/3/versions", "administrator")).size();
        HttpResponse<String> refused = put("self-assessment/sections/3", "administrator", "{\"compliance\":\"MOSTLY\",\"explanation\":\" \"}");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonNode problems = Council.json(refused).get("problems");
        assertEquals(3, problems.size(), refused.body());
        assertTrue(problems.get(0).asText().startsWith("compliance: choose one of COMPLIES, PARTLY, DOES_NOT_COMPLY"), refused.body());
        assertEquals(400, put("self-assessment/sections/12", "administrator",
                "{\"compliance\":\"COMPLIES\",\"explanation\":\"x\",\"evidence\":\"y\"}").statusCode());
        HttpResponse<String> future = Council.get("annual-complaints-report/2099-00/self-assessment", "administrator");
        assertEquals(400, future.statusCode(), future.body());
        assertEquals(before, Council.json(Council.get("annual-complaints-report/" + YEAR + "/self-assessment/sections/3/versions",
                "administrator")).size());
    }

    private static byte[] download(String format) throws Exception {
        HttpResponse<byte[]> r = Council.client().send(Council.api("reports/annual-complaints?period=" + YEAR + "&format=" + format,
                "complaints-officer").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
