package uk.gov.council.cs.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What was wrong with a JSON request body, in words for the person who sent it: which field, what
 * was wrong, what is expected ("dateOfBirth: 1990-02-30 is not a date; write it as YYYY-MM-DD").
 *
 * <p>Jackson's own messages name our classes and quote source text; these never do. A value the
 * caller sent may be quoted back to them, but the problem is only ever returned in the response,
 * never logged.
 */
public final class JsonBodyProblems {

    /** Longest stretch of a sent value quoted back. */
    private static final int QUOTED = 40;

    private JsonBodyProblems() {
    }

    public static String describe(JacksonException e) {
        if (e instanceof JsonParseException || e.getClass().getName().startsWith("com.fasterxml.jackson.core.io")) {
            return notJson(e);
        }
        if (e instanceof InputCoercionException c) {
            return "a number is out of range" + at(c) + "; " + expected(c.getTargetType());
        }
        if (!(e instanceof JsonMappingException m)) {
            return notJson(e);
        }
        String field = field(m);
        if (m instanceof UnrecognizedPropertyException u) {
            return field + ": is not a field of this request; the fields are " + known(u.getKnownPropertyIds()) + ".";
        }
        if (m instanceof InvalidFormatException f) {
            return field + ": " + quoted(f.getValue()) + " " + notA(f.getTargetType()) + "; " + expected(f.getTargetType());
        }
        if (m instanceof ValueInstantiationException) {
            return field + ": the value could not be used.";
        }
        if (m instanceof MismatchedInputException mi) {
            if (mi.getOriginalMessage() != null && mi.getOriginalMessage().startsWith("Trailing token")) {
                return "The body holds more than one JSON value; send one JSON object.";
            }
            if (mi.getPath().isEmpty()) {
                return "The body must be " + shape(mi.getTargetType()) + ".";
            }
            return field + ": " + expected(mi.getTargetType());
        }
        return field + ": the value could not be read.";
    }

    private static String notJson(JacksonException e) {
        var where = e.getLocation();
        String position = where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return "The body is not valid JSON" + position + ". Send one JSON object, for example {\"name\":\"value\"}.";
    }

    private static String at(JsonProcessingException e) {
        return e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " at " + field(m) : "";
    }

    /** The path to the field, as a JavaScript programmer would write it: "address.postcode", "otherServiceIds[2]". */
    static String field(JsonMappingException m) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String known(Collection<Object> ids) {
        return ids == null || ids.isEmpty() ? "(none)"
                : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "..." : text;
    }

    private static String notA(Class<?> type) {
        if (type == null) {
            return "is not allowed here";
        }
        if (type == LocalDate.class) {
            return "is not a date";
        }
        if (type == Instant.class || type == LocalDateTime.class) {
            return "is not a date and time";
        }
        if (type == LocalTime.class) {
            return "is not a time of day";
        }
        if (type.isEnum()) {
            return "is not one of the choices";
        }
        return "is not " + shape(type);
    }

    /** What the field takes, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "expected a different kind of value.";
        }
        if (type.isEnum()) {
            return "expected one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (type == LocalDate.class) {
            return "write it as YYYY-MM-DD, for example 1984-03-02.";
        }
        if (type == Instant.class) {
            return "write it as YYYY-MM-DDThh:mm:ssZ, for example 2026-11-25T14:03:00Z.";
        }
        if (type == LocalDateTime.class) {
            return "write it as YYYY-MM-DDThh:mm:ss, for example 2026-11-25T14:03:00.";
        }
        if (type == LocalTime.class) {
            return "write it as hh:mm, for example 07:00.";
        }
        return "expected " + shape(type) + ".";
    }

    private static String shape(Class<?> type) {
        if (type == null) {
            return "a JSON value";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "a JSON object";
        }
        return "a JSON value";
    }
}
