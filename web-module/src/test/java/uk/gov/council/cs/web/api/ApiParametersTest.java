package uk.gov.council.cs.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.refusals.DetailsRefused;

/** Path and query parameters of the wrong kind are refused naming the parameter and what it takes. */
class ApiParametersTest {

    enum State { RECEIVED, CLOSED }

    private static final ApiParameters PARAMETERS = new ApiParameters();

    private static Annotation query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }

    private static Annotation path(String name) {
        return new PathParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        };
    }

    private static <T> List<String> refusal(Class<T> type, Annotation named, String sent) {
        ParamConverter<T> converter = PARAMETERS.getConverter(type, type, new Annotation[] {named});
        return assertThrows(DetailsRefused.class, () -> converter.fromString(sent)).problems();
    }

    @Test
    void aNumberThatIsNotOne() {
        assertEquals(List.of("id: abc is not a whole number; expected a whole number, for example 42."),
                refusal(long.class, path("id"), "abc"));
        assertEquals(List.of("max: 1.5 is not a whole number; expected a whole number, for example 42."),
                refusal(Integer.class, query("max"), "1.5"));
    }

    @Test
    void aDateThatCannotBe() {
        assertEquals(List.of("from: 2030-02-30 is not a date; write it as YYYY-MM-DD, for example 1984-03-02."),
                refusal(LocalDate.class, query("from"), "2030-02-30"));
    }

    @Test
    void aChoiceThatIsNotOne() {
        assertEquals(List.of("state: NOPE is not one of the choices; expected one of RECEIVED, CLOSED."),
                refusal(State.class, query("state"), "NOPE"));
    }

    @Test
    void yesOrNoOnly() {
        assertEquals(List.of("open: maybe is neither true nor false; expected true or false."),
                refusal(boolean.class, query("open"), "maybe"));
        assertEquals(Boolean.TRUE, PARAMETERS.getConverter(boolean.class, boolean.class, new Annotation[] {query("open")})
                .fromString("TRUE"));
    }

    @Test
    void wellFormedValuesAreRead() {
        assertEquals(42L, PARAMETERS.getConverter(Long.class, Long.class, new Annotation[] {path("id")}).fromString(" 42 "));
        assertEquals(LocalDate.of(2026, 11, 25), PARAMETERS.getConverter(LocalDate.class, LocalDate.class,
                new Annotation[] {query("day")}).fromString("2026-11-25"));
        assertEquals(State.CLOSED, PARAMETERS.getConverter(State.class, State.class, new Annotation[] {query("s")}).fromString("CLOSED"));
    }

    @Test
    void onlyTheKindsTheApiTakesAndOnlyNamedParameters() {
        assertNull(PARAMETERS.getConverter(String.class, String.class, new Annotation[] {query("q")}));
        assertNull(PARAMETERS.getConverter(long.class, long.class, new Annotation[0]));
    }

    @Test
    void aLongValueIsQuotedOnlyInPart() {
        String problem = refusal(long.class, path("id"), "x".repeat(500)).get(0);
        assertEquals(true, problem.length() < 150, problem);
    }
}
