package uk.gov.council.cs.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;

/**
 * A letter's wording with placeholders such as {@code ${reference}}, edited by administrators.
 * A template may use only the placeholders the product fills, so a typing mistake is refused when
 * the template is saved rather than discovered in a letter to a resident.
 */
public record LetterTemplate(LetterKind kind, String subject, String body) {

    /** Every placeholder a letter can use, with what it becomes. */
    public static final Map<String, String> PLACEHOLDERS = Map.ofEntries(
            Map.entry("councilName", "the council's name"),
            Map.entry("reference", "the complaint's reference"),
            Map.entry("residentName", "the complainant's name"),
            Map.entry("address", "the complainant's address on one line"),
            Map.entry("today", "the date of the letter"),
            Map.entry("receivedOn", "the date the complaint (or escalation) was received"),
            Map.entry("stage", "the stage's number"),
            Map.entry("stageName", "the stage's name"),
            Map.entry("dueOn", "when the response is due"),
            Map.entry("summary", "what the complaint is about"),
            Map.entry("refusalReason", "why the complaint cannot be considered"),
            Map.entry("extensionReason", "why more time is needed"),
            Map.entry("outcome", "upheld, partly upheld or not upheld"),
            Map.entry("response", "the response's findings"),
            Map.entry("remedies", "what the council offers to put things right"),
            Map.entry("nextStep", "what the complainant can do next"),
            Map.entry("ombudsmanName", "the Ombudsman for this complaint"),
            Map.entry("ombudsmanContact", "how to contact that Ombudsman"),
            Map.entry("officerName", "who signs the letter"),
            Map.entry("conduct", "the conduct a restriction on contact rests on, one a line"),
            Map.entry("decision", "the decision to restrict contact and its reasons"),
            Map.entry("restrictions", "how the complainant may contact the council while restricted"),
            Map.entry("reviewOn", "when the restriction will be reviewed"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    /** Every reason the wording cannot be saved: empty parts, unknown placeholders. */
    public static List<String> problems(String subject, String body) {
        List<String> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add("The letter needs a subject line.");
        } else if (subject.length() > 200) {
            problems.add("The subject line is longer than 200 characters.");
        }
        if (body == null || body.isBlank()) {
            problems.add("The letter needs some wording.");
        } else if (body.length() > 8000) {
            problems.add("The wording is longer than 8000 characters.");
        }
        Set<String> unknown = new TreeSet<>();
        for (String text : new String[] {subject, body}) {
            if (text != null) {
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    if (!PLACEHOLDERS.containsKey(m.group(1))) {
                        unknown.add(m.group(1));
                    }
                }
            }
        }
        for (String name : unknown) {
            problems.add("${" + name + "} is not a placeholder the letters fill; use one of "
                    + new TreeSet<>(PLACEHOLDERS.keySet()) + ".");
        }
        return problems;
    }

    /**
     * The wording shipped with the product ({@code complaint-letters/KIND.txt}: the subject on the
     * first line, then the body), used until the council saves its own.
     */
    public static LetterTemplate shipped(LetterKind kind) {
        String resource = "complaint-letters/" + kind.name() + ".txt";
        try (java.io.InputStream in = LetterTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The shipped letter " + resource + " is missing from the build.");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int firstLineEnd = text.indexOf('\n');
            return new LetterTemplate(kind, text.substring(0, firstLineEnd).strip(), text.substring(firstLineEnd + 1).strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The letter with every placeholder filled; one with no value becomes empty rather than showing its name. */
    public Letter render(Map<String, String> values) {
        StringSubstitutor fill = new StringSubstitutor(key -> values.getOrDefault(key, ""));
        return new Letter(kind, fill.replace(subject), fill.replace(body));
    }

    /** A letter as sent and kept on the complaint. */
    public record Letter(LetterKind kind, String subject, String body) {
    }
}
