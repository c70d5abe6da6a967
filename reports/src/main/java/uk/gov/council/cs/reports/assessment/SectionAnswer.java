package uk.gov.council.cs.reports.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's answer for one section of the Code in one financial year: its finding, how it meets the
 * section (or what it will do, and by when), and where the evidence is. Each change is a new version.
 */
public record SectionAnswer(CodeSection section, Compliance compliance, String explanation, String evidence,
                            int version, Instant recordedAt, String recordedBy) implements java.io.Serializable {

    /** The longest explanation or evidence kept, as the table allows. */
    public static final int MAX_TEXT = 4000;

    /** Every reason an answer as typed cannot be kept, each starting with the field it is about. */
    public static List<String> problems(String compliance, String explanation, String evidence) {
        List<String> problems = new ArrayList<>();
        try {
            Compliance.of(compliance);
        } catch (IllegalArgumentException e) {
            problems.add("compliance: " + e.getMessage());
        }
        text(problems, "explanation", explanation, "say how the council meets this section, or what it will do and by when.");
        text(problems, "evidence", evidence, "say where the evidence is: the policy, training records, reports or minutes.");
        return problems;
    }

    private static void text(List<String> problems, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": " + missing);
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(field + ": keep it to " + MAX_TEXT + " characters; it has " + value.strip().length() + ".");
        }
    }
}
