package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A subject access request exports every kind of record held on the person, as JSON and as a readable PDF. */
class SubjectAccessIT extends DeployedCouncil {

    @Test
    void theExportHoldsEveryRecordTypeAndIsAudited() throws Exception {
        String surname = Council.uniqueSurname();
        long id = Residents.withProfile("Wanda", surname, "1963-03-09", "SE16 3RW", "07700 900456", "JR 12 34 56 D");
        Residents.logContact(id, "Garden waste subscription");
        assertEquals(201, Council.postJson("service-requests", "adviser", "{\"residentId\":" + id + ",\"serviceId\":"
                + Residents.firstServiceId() + ",\"channel\":\"EMAIL\",\"description\":\"Extra green bin\"}").statusCode());
        long complaint = ComplaintsApi.log("adviser", id, null);
        ComplaintsApi.step(complaint, "acknowledge", "complaints-officer", null);
        assertEquals(201, Council.postJson("feedback", "adviser", "{\"residentId\":" + id + ",\"kind\":\"COMPLIMENT\","
                + "\"channel\":\"WEB\",\"summary\":\"The bin crew were very kind\"}").statusCode());
        long second = Council.json(Residents.register("Wanda", surname, "1963-03-09", "SE1 7PB")).get("resident").get("id").asLong();
        assertEquals(200, Council.postJson("identity/merges", "adviser", "{\"keptId\":" + id + ",\"mergedId\":" + second
                + ",\"reason\":\"Same person, moved\"}").statusCode());

        HttpResponse<String> json = Council.get("subject-access/" + id, "administrator");
        assertEquals(200, json.statusCode(), json::body);
        JsonNode export = Council.json(json);
        assertEquals("JR123456D", export.get("person").get("niNumber").asText());
        assertEquals(second, export.get("mergedRecords").get(0).get("id").asLong());
        assertEquals("Garden waste subscription", export.get("contacts").get(0).get("reason").asText());
        assertEquals("Extra green bin", export.get("serviceRequests").get(0).get("description").asText());
        assertEquals("The bin crew were very kind", export.get("feedback").get(0).get("summary").asText());
        JsonNode held = export.get("complaints").get(0);
        assertEquals("C" + complaint, held.get("reference").asText());
        assertEquals("ACKNOWLEDGEMENT", held.get("letters").get(0).get("kind").asText(), "the letters sent are held too");
        assertTrue(export.get("timeline").size() >= 2, export.get("timeline")::toString);
        assertEquals("Same person, moved", export.get("merges").get(0).get("reason").asText());
        assertTrue(export.get("accessLog").size() > 0);

        HttpResponse<byte[]> pdf = Council.client().send(Council.api("subject-access/" + id + "/pdf", "administrator").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Wanda " + surname) && text.contains("Garden waste subscription")
                    && text.contains("Extra green bin") && text.contains("Who used your record, and why")
                    && text.contains("Your complaint C" + complaint) && text.contains("The bin crew were very kind"), text);
        }

        JsonNode trail = Council.json(Council.get("audit?subjectType=resident&subjectId=" + id, "administrator"));
        assertEquals("EXPORT", trail.get(0).get("action").asText(), "the export itself is the latest audit row");
        assertEquals(403, Council.get("subject-access/" + id, "adviser").statusCode());
    }
}
