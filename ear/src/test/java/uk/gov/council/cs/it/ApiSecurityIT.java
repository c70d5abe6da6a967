package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The REST API: no sign-in gets 401, a wrong role 403, the right role the data. */
class ApiSecurityIT extends DeployedCouncil {

    @Test
    void noCredentialsGet401WithABasicChallenge() {
        HttpResponse<String> r = Council.get("residents", null);
        assertEquals(401, r.statusCode(), r::body);
        assertEquals("Basic realm=\"council\"", r.headers().firstValue("WWW-Authenticate").orElse("(none)"));
    }

    @Test
    void aWrongPasswordGets401() {
        HttpResponse<String> r = Council.send(HttpRequest.newBuilder(URI.create(Council.APP + "/api/residents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("adviser:not-the-password".getBytes()))
                .GET().build());
        assertEquals(401, r.statusCode(), r::body);
    }

    @Test
    void aRoleWithoutAccessGets403() {
        HttpResponse<String> refused = Council.get("residents", "equality-officer");
        assertEquals(403, refused.statusCode());
        assertEquals("{\"message\":\"Your role does not allow this.\",\"problems\":[\"Roles that may: adviser, complaints-officer,"
                + " investigating-officer, head-of-service, administrator.\"]}", refused.body(), "JSON with the roles that may");
        assertEquals(403, Council.get("rejected-records", "adviser").statusCode());
        assertEquals(403, Council.get("reports/borough-profile.pdf", "adviser").statusCode());
        assertEquals(403, Council.send(Council.api("warehouse/loads", "senior-manager")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    }

    @Test
    void theAuditTrailIsAskedOfARecordThatCanHaveOne() {
        HttpResponse<String> noSubject = Council.get("audit", "administrator");
        assertEquals(400, noSubject.statusCode());
        assertTrue(noSubject.body().contains("subjectId: must not be null"), noSubject::body);
        HttpResponse<String> mistyped = Council.get("audit?subjectType=residnet&subjectId=1", "administrator");
        assertEquals(400, mistyped.statusCode());
        assertTrue(mistyped.body().contains("subjectType: the audit trail is kept of residents: resident"), mistyped::body);
    }

    @Test
    void anAdviserListsResidents() {
        HttpResponse<String> r = Council.get("residents?max=5", "adviser");
        assertEquals(200, r.statusCode(), r::body);
        assertEquals(5, Council.json(r).size(), "the demo borough has hundreds of residents");
    }

    @Test
    void refusedDetailsGet400WithEveryReason() {
        HttpResponse<String> r = Council.postJson("residents", "adviser",
                "{\"forename\":\"Ann\",\"surname\":\"\",\"dateOfBirth\":\"1970-05-01\",\"postcode\":\"SE15 4CB\"}");
        assertEquals(400, r.statusCode(), r::body);
        String problems = Council.json(r).get("problems").toString();
        assertTrue(problems.contains("Surname is missing.") && problems.contains("never C, I, K, M, O or V"), problems);
    }
}
