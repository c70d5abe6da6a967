package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** An adviser finds the resident from whatever they give, with the reasons each result matched. */
class ResidentSearchIT extends DeployedCouncil {

    private static JsonNode only(JsonNode hits, long id) {
        for (JsonNode hit : hits) {
            if (hit.get("resident").get("id").asLong() == id) {
                return hit;
            }
        }
        throw new AssertionError("resident " + id + " not found in " + hits);
    }

    @Test
    void byNicknameTypoAndDateOfBirth() {
        long id = Residents.withProfile("William", "Featherstonhaugh", "1961-04-03", "SE15 4QB", "07700 900601", "JL 12 34 56 A");
        JsonNode hit = only(Residents.search("Bill Featherstonhaugh 3/4/1961", "adviser"), id);
        assertTrue(hit.get("why").toString().contains("forms of one name"), hit::toString);
        assertTrue(hit.get("why").toString().contains("same date of birth"), hit::toString);
        assertEquals(id, Residents.search("Featherstonhaugh William", "adviser").get(0).get("resident").get("id").asLong(),
                "forename and surname the other way round");
    }

    @Test
    void byPhoneNiNumberAndReference() {
        long id = Residents.withProfile("Zofia", Council.uniqueSurname(), "1979-11-30", "SE5 9RS", "07700 900602", "JL 65 43 21 B");
        only(Residents.search("+44 7700 900602", "adviser"), id);
        only(Residents.search("jl654321b", "adviser"), id);
        assertEquals(200, Council.send(Council.api("residents/" + id + "/references/HOUSING_TENANCY/TEN-777001", "adviser")
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        JsonNode hit = only(Residents.search("TEN-777001", "adviser"), id);
        assertTrue(hit.get("why").toString().contains("system reference"), hit::toString);
    }

    @Test
    void theSurnameBeforeMarriageStillFindsHer() {
        String maiden = Council.uniqueSurname();
        long id = Residents.withProfile("Harriet", maiden, "1985-06-15", "SE22 8DE", "07700 900603", "JM 12 34 56 C");
        String married = "{\"forename\":\"Harriet\",\"surname\":\"Montgomery-Pryce\",\"dateOfBirth\":\"1985-06-15\","
                + "\"address\":{\"postcode\":\"SE24 0AA\"},\"phones\":[],\"emails\":[],\"interpreterNeeded\":false}";
        assertEquals(200, Council.send(Council.api("residents/" + id + "/profile", "adviser").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(married)).build()).statusCode());
        only(Residents.search("Harriet " + maiden, "adviser"), id);
        JsonNode profile = Council.json(Council.get("residents/" + id + "/profile", "adviser"));
        assertEquals(maiden, profile.get("previousNames").get(0).get("surname").asText());
        assertEquals("SE22 8DE", profile.get("pastAddresses").get(0).get("address").get("postcode").asText(),
                "the old address is kept when she moves");
    }

    @Test
    void anEmptySearchSaysWhatToType() {
        var r = Council.get("residents/search?q=%20", "adviser");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Type a name, date of birth, postcode"), r::body);
    }
}
