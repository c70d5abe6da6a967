package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incoming and newly entered records are matched against the residents on file: a certain match
 * links, a possible one goes to the review queue, and family members stay apart.
 */
class IdentityReviewIT extends DeployedCouncil {

    @Test
    void theSamePersonRegisteredTwiceIsLinkedNotDuplicated() {
        String surname = Council.uniqueSurname();
        HttpResponse<String> first = Residents.register("Dorota", surname, "1968-02-29", "SE15 4QB");
        assertEquals(201, first.statusCode(), first::body);
        HttpResponse<String> again = Residents.register("Dorota", surname, "1968-02-29", "SE15 4QB");
        assertEquals(200, again.statusCode(), again::body);
        JsonNode outcome = Council.json(again);
        assertEquals("LINKED_TO_EXISTING", outcome.get("result").asText());
        assertEquals(Council.json(first).get("resident").get("id").asLong(), outcome.get("resident").get("id").asLong());
        assertTrue(outcome.get("explanation").asText().contains("same date of birth"), outcome::toString);
    }

    @Test
    void familyAtOneAddressAndAParentWithTheSameNameStayApart() {
        String surname = Council.uniqueSurname();
        assertEquals("REGISTERED", result(Residents.register("Kwame", surname, "1960-05-01", "SE5 8TR")));
        assertEquals("REGISTERED", result(Residents.register("Ama", surname, "1962-09-14", "SE5 8TR")), "wife");
        assertEquals("REGISTERED", result(Residents.register("Kwame", surname, "1988-11-23", "SE5 8TR")), "son with his father's name");
        // Born on his father's birthday in a year one digit from his: the score cannot tell a son from a
        // keying slip, so the record is kept apart and a person decides.
        assertEquals("REGISTERED_FOR_REVIEW", result(Residents.register("Kwame", surname, "1990-05-01", "SE5 8TR")),
                "second son with his father's name and birthday");
        assertEquals("REGISTERED", result(Residents.register("Kofi", surname, "1995-03-03", "SE5 8TR")), "twin one");
        assertEquals("REGISTERED", result(Residents.register("Kojo", surname, "1995-03-03", "SE5 8TR")), "twin two");
    }

    @Test
    void aPossibleMatchIsReviewedSideBySideMergedAndUnmergedExactly() {
        String surname = Council.uniqueSurname();
        long onFile = Council.json(Residents.register("Grazyna", surname, "1971-11-30", "SE16 3RW")).get("resident").get("id").asLong();
        Residents.logContact(onFile, "Housing repair before the move");

        HttpResponse<String> moved = Residents.register("Grazyna", surname, "1971-11-30", "SE22 8AA");
        assertEquals(201, moved.statusCode(), moved::body);
        JsonNode outcome = Council.json(moved);
        assertEquals("REGISTERED_FOR_REVIEW", outcome.get("result").asText(), outcome::toString);
        long newRecord = outcome.get("resident").get("id").asLong();
        long review = outcome.get("reviews").get(0).asLong();
        Residents.logContact(newRecord, "Council tax after the move");
        List<Long> keptBefore = entryIds(onFile);
        List<Long> newBefore = entryIds(newRecord);
        long updatesBefore = updates(newRecord);

        JsonNode comparison = Council.json(Council.get("identity/reviews/" + review, "adviser"));
        assertEquals(onFile, comparison.get("candidate").get("id").asLong());
        JsonNode address = row(comparison, "address");
        assertEquals("different address (people move)", address.get("agreement").asText());
        assertTrue(address.get("weight").asDouble() < 0, "a different address is evidence against, shown as such");
        assertEquals("same date of birth", row(comparison, "date of birth").get("agreement").asText());

        HttpResponse<String> noReason = Council.postJson("identity/reviews/" + review + "/merge", "adviser",
                "{\"keep\":" + onFile + "}");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("Give the reason for the merge"), noReason::body);

        HttpResponse<String> merged = Council.postJson("identity/reviews/" + review + "/merge", "adviser",
                "{\"keep\":" + onFile + ",\"reason\":\"Confirmed date of birth and previous address on the phone\"}");
        assertEquals(200, merged.statusCode(), merged::body);
        long merge = Council.json(merged).get("id").asLong();
        List<Long> together = entryIds(onFile);
        assertEquals(keptBefore.size() + newBefore.size(), together.size(), "the kept view gathers both histories");
        assertTrue(together.containsAll(newBefore) && together.containsAll(keptBefore));
        assertEquals(onFile, Council.json(Council.get("residents/" + newRecord + "/profile", "adviser")).get("mergedInto").asLong());
        JsonNode found = Residents.search("Grazyna " + surname, "adviser");
        assertEquals(1, found.size(), "only the kept record is found: " + found);
        assertEquals(400, Council.postJson("identity/reviews/" + review + "/different-people", "adviser", "{}")
                .statusCode(), "a decided review cannot be decided again");

        HttpResponse<String> unmerged = Council.postJson("identity/merges/" + merge + "/unmerge", "adviser",
                "{\"reason\":\"Two different people after all\"}");
        assertEquals(200, unmerged.statusCode(), unmerged::body);
        assertEquals(keptBefore, entryIds(onFile), "the kept record's timeline is exactly as before");
        assertEquals(newBefore, entryIds(newRecord), "the merged record's timeline is exactly as before");
        assertTrue(Council.json(Council.get("residents/" + newRecord + "/profile", "adviser")).path("mergedInto").isMissingNode(),
                "the merged record stands alone again");
        JsonNode history = Council.json(Council.get("identity/residents/" + onFile + "/merges", "adviser"));
        assertEquals("Two different people after all", history.get(0).get("unmergeReason").asText());

        assertEquals(updatesBefore + 2, updates(newRecord), "the merge and the unmerge are both audited on the merged record");
    }

    @Test
    void mergingAPairDirectlyDecidesItsReviewAndUnmergingReopensIt() {
        String surname = Council.uniqueSurname();
        long onFile = Council.json(Residents.register("Halina", surname, "1966-04-12", "SE16 3RW")).get("resident").get("id").asLong();
        JsonNode outcome = Council.json(Residents.register("Halina", surname, "1966-04-12", "SE22 8AA"));
        assertEquals("REGISTERED_FOR_REVIEW", outcome.get("result").asText(), outcome::toString);
        long second = outcome.get("resident").get("id").asLong();
        long review = outcome.get("reviews").get(0).asLong();
        assertTrue(openReviews().contains(review));

        HttpResponse<String> merged = Council.postJson("identity/merges", "adviser", "{\"keptId\":" + onFile + ",\"mergedId\":"
                + second + ",\"reason\":\"Same person: she told us of her move on the phone\"}");
        assertEquals(200, merged.statusCode(), merged::body);
        assertTrue(!openReviews().contains(review), "the pair's review is decided by the merge, not left in the queue");

        HttpResponse<String> unmerged = Council.postJson("identity/merges/" + Council.json(merged).get("id").asLong() + "/unmerge",
                "adviser", "{\"reason\":\"Merged in error\"}");
        assertEquals(200, unmerged.statusCode(), unmerged::body);
        assertTrue(openReviews().contains(review), "unmerging puts the pair back in the queue");
    }

    private static List<Long> openReviews() {
        List<Long> ids = new java.util.ArrayList<>();
        Council.json(Council.get("identity/reviews?max=500", "adviser")).forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    private static long updates(long residentId) {
        JsonNode trail = Council.json(Council.get("audit?subjectType=resident&subjectId=" + residentId, "administrator"));
        long updates = 0;
        for (JsonNode row : trail) {
            if (row.get("action").asText().equals("UPDATE")) {
                updates++;
            }
        }
        return updates;
    }

    @Test
    void onlyAdvisersAndAdministratorsWorkTheQueue() {
        assertEquals(200, Council.get("identity/reviews", "adviser").statusCode());
        assertEquals(403, Council.get("identity/reviews", "complaints-officer").statusCode());
        assertEquals(403, Council.postJson("identity/merges", "investigating-officer", "{}").statusCode());
    }

    private static String result(HttpResponse<String> r) {
        return Council.json(r).get("result").asText();
    }

    private static JsonNode row(JsonNode comparison, String field) {
        for (JsonNode row : comparison.get("rows")) {
            if (row.get("field").asText().equals(field)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + field + " in " + comparison);
    }

    private static List<Long> entryIds(long residentId) {
        JsonNode page = Council.json(Council.get("residents/" + residentId + "/timeline?max=200", "adviser"));
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }
}
