package uk.gov.council.cs.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.council.cs.residents.Uprn;

/**
 * Checks a back-office event's fields one by one, collecting every problem in words the sending
 * system's team can act on: the field's name as they send it, and what it should be.
 */
final class EventFields {

    /**
     * Ids, references and codes: letters, digits and the separators systems use, nothing that could be markup,
     * and no slash, so that a key can be named in an address (GET /api/back-office-feeds/{queue}/records/{eventId}).
     */
    static final String KEY = "[A-Za-z0-9][A-Za-z0-9._:-]*";

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** An id or reference of up to {@code max} characters; null if missing or wrong (the problem is noted). */
    String key(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + " is missing.");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max || !v.matches(KEY)) {
            problems.add(field + " \"" + cut(v) + "\" is not a reference of 1 to " + max
                    + " letters, digits and the signs . _ : - (starting with a letter or digit).");
            return null;
        }
        return v;
    }

    /** A moment with its offset, as 2026-12-04T09:30:00Z or 2026-12-04T09:30:00+00:00. */
    Instant instant(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + " is missing.");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(field + " \"" + cut(value) + "\" is not a date and time with its offset, such as 2026-12-04T09:30:00Z.");
            return null;
        }
    }

    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + " is missing.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(field + " \"" + cut(value) + "\" is not a date in the form 2026-12-18.");
            return null;
        }
    }

    /** One of the words the feed's specification allows, compared without regard to case. */
    <E extends Enum<E> & Worded> E oneOf(String field, String value, Class<E> words, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + " is missing: it is one of " + allowed(words) + ".");
            }
            return null;
        }
        for (E e : words.getEnumConstants()) {
            if (e.word().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        problems.add(field + " \"" + cut(value) + "\" is not one of " + allowed(words) + ".");
        return null;
    }

    Long uprn(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + " is missing.");
            }
            return null;
        }
        Optional<String> problem = Uprn.problemWith(value);
        if (problem.isPresent()) {
            problems.add(field + " \"" + cut(value) + "\": " + problem.get());
            return null;
        }
        return Long.parseLong(value.strip());
    }

    /** Words for the timeline: one line of up to {@code max} characters. */
    String line(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + " is missing.");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            problems.add(field + " is " + v.length() + " characters long; at most " + max + " are kept.");
            return null;
        }
        if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(field + " has a line break or control character; it is one line of text.");
            return null;
        }
        return v;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    private static <E extends Enum<E> & Worded> String allowed(Class<E> words) {
        List<String> all = new ArrayList<>();
        for (E e : words.getEnumConstants()) {
            all.add(e.word());
        }
        return String.join(", ", all);
    }

    private static String cut(String value) {
        String v = value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    /** An enumeration whose constants are sent as words: REPAIR_REPORTED as repair-reported. */
    interface Worded {
        String name();

        default String word() {
            return name().toLowerCase(java.util.Locale.UK).replace('_', '-');
        }
    }
}
