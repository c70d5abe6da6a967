package uk.gov.council.cs.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import uk.gov.council.cs.refusals.DetailsRefused;

/**
 * Reads every JSON request body of the API, with one rule everywhere: a body that is not JSON, a
 * value of the wrong kind (an array for an object, text for a number), an unknown choice, an
 * impossible date, and a field the request does not have are each refused with 400, naming the
 * field, what was wrong and what is expected. Unknown fields are refused rather than ignored, so a
 * mistyped name ("dateofBirth") never silently loses what was sent.
 *
 * <p>Jackson reads the body (responses are still written by JSON-B) because its failures say where
 * and what they are; JSON-B's name our classes and are logged with the value by the default mapper.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonRequestBodies implements MessageBodyReader<Object> {

    static final ObjectMapper READER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        // Text and streams are taken as sent (an uploaded file, a payload to replay).
        return type != String.class && !InputStream.class.isAssignableFrom(type) && !Reader.class.isAssignableFrom(type)
                && type != byte[].class && !type.getName().startsWith("jakarta.json.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            Object value = READER.readerFor(READER.getTypeFactory().constructType(genericType)).readValue(body);
            if (value == null) {
                throw refused("The body is empty; send one JSON object.");
            }
            return value;
        } catch (JacksonException e) {
            if (e.getCause() instanceof BodyTooLarge tooLarge) {
                throw tooLarge;
            }
            throw refused(JsonBodyProblems.describe(e));
        }
    }

    private static DetailsRefused refused(String problem) {
        return new DetailsRefused("The request's body was refused.", List.of(problem));
    }
}
