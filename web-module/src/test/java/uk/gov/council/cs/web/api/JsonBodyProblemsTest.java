package uk.gov.council.cs.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each way a JSON body can be malformed is described with the field, what was wrong and what is expected. */
class JsonBodyProblemsTest {

    enum Channel { FACE_TO_FACE, TELEPHONE }

    record Address(String postcode, Long uprn) {
    }

    record Contact(Channel channel, LocalDate dateOfBirth, Instant startedAt, long serviceId, boolean avoidable,
                   List<Long> others, Address address) {
    }

    private static String problem(String json) {
        JacksonException e = assertThrows(JacksonException.class, () -> JsonRequestBodies.READER.readValue(json, Contact.class));
        String described = JsonBodyProblems.describe(e);
        assertFalse(described.contains("uk.gov") || described.contains("jackson") || described.contains("Exception"),
                "no internal names: " + described);
        return described;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{                                  | The body is not valid JSON (line 1, column 2)",
        "{\"channel\":}                     | The body is not valid JSON",
        "[]                                 | The body must be a JSON object.",
        "\"text\"                           | The body must be a JSON object.",
        "{\"chanel\":\"TELEPHONE\"}         | chanel: is not a field of this request; the fields are address, avoidable, channel, dateOfBirth, others, serviceId, startedAt.",
        "{\"channel\":\"PIGEON\"}           | channel: PIGEON is not one of the choices; expected one of FACE_TO_FACE, TELEPHONE.",
        "{\"channel\":3}                    | channel:",
        "{\"dateOfBirth\":\"1990-02-30\"}   | dateOfBirth: 1990-02-30 is not a date; write it as YYYY-MM-DD, for example 1984-03-02.",
        "{\"startedAt\":\"yesterday\"}      | startedAt: yesterday is not a date and time; write it as YYYY-MM-DDThh:mm:ssZ",
        "{\"serviceId\":\"many\"}           | serviceId: many is not a whole number; expected a whole number.",
        "{\"serviceId\":{}}                 | serviceId: expected a whole number.",
        "{\"avoidable\":\"maybe\"}          | avoidable:",
        "{\"others\":{}}                    | others: expected a JSON array.",
        "{\"others\":[1,\"x\"]}             | others[1]: x is not a whole number",
        "{\"address\":{\"uprn\":\"z\"}}     | address.uprn: z is not a whole number",
        "{\"address\":[1]}                  | address: expected a JSON object.",
        "{} {}                              | The body holds more than one JSON value; send one JSON object.",
    })
    void describesTheProblem(String json, String expected) {
        String described = problem(json);
        assertTrue(described.startsWith(expected.strip()), () -> "for " + json + ": " + described);
    }

    @Test
    void aLongValueIsQuotedOnlyInPart() {
        String described = problem("{\"dateOfBirth\":\"" + "9".repeat(200) + "\"}");
        assertTrue(described.length() < 200, described);
        assertTrue(described.contains("..."), described);
    }

    @Test
    void aWellFormedBodyIsRead() throws Exception {
        Contact c = JsonRequestBodies.READER.readValue("{\"channel\":\"TELEPHONE\",\"dateOfBirth\":\"1984-03-02\","
                + "\"startedAt\":\"2026-11-25T14:03:00Z\",\"serviceId\":7,\"avoidable\":true,\"others\":[1,2],"
                + "\"address\":{\"postcode\":\"SE15 4QB\",\"uprn\":100023456789}}", Contact.class);
        assertEquals(Channel.TELEPHONE, c.channel());
        assertEquals(LocalDate.of(1984, 3, 2), c.dateOfBirth());
        assertEquals(List.of(1L, 2L), c.others());
        assertEquals(100023456789L, c.address().uprn());
    }
}
