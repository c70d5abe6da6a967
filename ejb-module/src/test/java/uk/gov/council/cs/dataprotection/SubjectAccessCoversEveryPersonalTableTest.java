package uk.gov.council.cs.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table that holds data about a resident, read from the operational schema's own migrations
 * (those that refer to the resident, and those that refer to them, however deep), is either in the
 * subject access export or left out for a stated reason. A table added tomorrow fails this test until
 * someone decides which.
 */
class SubjectAccessCoversEveryPersonalTableTest {

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+)\\s*\\((.*?)\\);", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN [^;]*?REFERENCES (\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES (\\w+)", Pattern.CASE_INSENSITIVE);

    /** Which tables refer to which, from every migration. */
    private static Map<String, Set<String>> references() throws IOException {
        Map<String, Set<String>> refers = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/council"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file, StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    Set<String> to = refers.computeIfAbsent(create.group(1).toLowerCase(), t -> new HashSet<>());
                    Matcher ref = REFERENCES.matcher(create.group(2));
                    while (ref.find()) {
                        to.add(ref.group(1).toLowerCase());
                    }
                }
                Matcher alter = ALTER.matcher(sql);
                while (alter.find()) {
                    refers.computeIfAbsent(alter.group(1).toLowerCase(), t -> new HashSet<>()).add(alter.group(2).toLowerCase());
                }
            }
        }
        return refers;
    }

    @Test
    void everyTableAboutAResidentIsExportedOrLeftOutForAStatedReason() throws IOException {
        Map<String, Set<String>> refers = references();
        Set<String> personal = new TreeSet<>(Set.of("resident"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> t : refers.entrySet()) {
                if (!personal.contains(t.getKey()) && t.getValue().stream().anyMatch(personal::contains)) {
                    personal.add(t.getKey());
                    grew = true;
                }
            }
        }
        assertTrue(personal.containsAll(Set.of("contact", "feedback", "complaint_letter", "contact_restriction", "restriction_review")),
                "the migrations were read: " + personal);

        Set<String> decided = new TreeSet<>(PersonalData.EXPORTED.keySet());
        decided.addAll(PersonalData.NOT_EXPORTED.keySet());
        Set<String> undecided = new TreeSet<>(personal);
        undecided.removeAll(decided);
        assertEquals(Set.of(), undecided, "tables about a resident that are neither in the subject access export"
                + " (PersonalData.EXPORTED) nor left out for a reason (PersonalData.NOT_EXPORTED)");
        Set<String> both = new TreeSet<>(PersonalData.EXPORTED.keySet());
        both.retainAll(PersonalData.NOT_EXPORTED.keySet());
        assertEquals(Set.of(), both, "tables both exported and left out");
        Set<String> unknown = new TreeSet<>(decided);
        unknown.removeAll(refers.keySet());
        assertEquals(Set.of(), unknown, "tables named in PersonalData that no migration creates");
    }
}
