package uk.gov.council.cs.web.api;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import uk.gov.council.cs.refusals.DetailsRefused;

/**
 * Reads path, query and header parameters of the kinds the API takes (whole numbers, dates,
 * choices, yes or no) and refuses one that is not of its kind with 400 naming the parameter and
 * what it takes ("from: 2030-02-30 is not a date; write it as YYYY-MM-DD"). Without this the
 * server answers 404 for a mistyped number and quotes the value in its log.
 */
@Provider
public class ApiParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name, text -> Long.valueOf(text.strip()),
                    "is not a whole number", "expected a whole number, for example 42.");
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, text -> Integer.valueOf(text.strip()),
                    "is not a whole number", "expected a whole number, for example 42.");
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, ApiParameters::yesOrNo,
                    "is neither true nor false", "expected true or false.");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, text -> LocalDate.parse(text.strip()),
                    "is not a date", JsonBodyProblems.expected(LocalDate.class));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> choices = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<>(name, text -> Enum.valueOf(choices, text.strip()),
                    "is not one of the choices", JsonBodyProblems.expected(rawType));
        }
        return null;
    }

    private static Boolean yesOrNo(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException();
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return null;
    }

    /** One parameter's reading; the refusal quotes at most a short stretch of what was sent, to its sender only. */
    private record Converter<T>(String name, Function<String, T> parse, String notWhat, String expected)
            implements ParamConverter<T> {

        @Override
        public T fromString(String text) {
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw refused(text);
            }
        }

        private DetailsRefused refused(String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            return new DetailsRefused("A parameter of the request was refused.",
                    List.of(name + ": " + shown + " " + notWhat + "; " + expected));
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
